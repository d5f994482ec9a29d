import FaroTestSupport
import FaroCore
import FaroPrint
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(PrintProblem.weasyPrintMissing, keeps: "PDF", "WeasyPrint", "sudo apt-get install weasyprint"),
        SpanishExample(PrintProblem.conversionFailed(document: "es/guia.pdf", output: "Killed"), keeps: "WeasyPrint", "es/guia.pdf", "Killed"),
        SpanishExample(PrintProblem.qrCodeFailed("https://example.org/es/largo/"), keeps: "QR", "https://example.org/es/largo/"),
    ])
    func print_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }
}
