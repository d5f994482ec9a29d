import FaroTestSupport
import FaroCore
import FaroScaffold
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(ScaffoldProblem.fileExists("Content/asilo.md"), keeps: "Content/asilo.md", "faro new"),
        SpanishExample(ScaffoldProblem.notASlug("Mis Derechos", suggestion: "mis-derechos"), keeps: "'Mis Derechos'", "a-z", "0-9", "'mis-derechos'"),
        SpanishExample(ScaffoldProblem.notASlug("¿?", suggestion: ""), keeps: "'¿?'"),
        SpanishExample(ScaffoldProblem.unknownLanguage("fr", known: ["es", "en"]), keeps: "'fr'", "(es, en)"),
        SpanishExample(ScaffoldProblem.unknownState("Baja"), keeps: "'Baja'", "Content/directory/SCHEMA.md"),
        SpanishExample(ScaffoldProblem.missingValue("title"), keeps: "title"),
        SpanishExample(ScaffoldProblem.missingSource, keeps: "--source \"Llamada al 868 000 0000\""),
        SpanishExample(ScaffoldProblem.writeFailed(path: "Content/asilo.md", reason: "Permission denied"), keeps: "Content/asilo.md", "Permission denied"),
    ])
    func scaffold_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }
}
