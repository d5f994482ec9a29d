import Testing
import FaroMarkdown

@Suite struct SummaryTests {
    private let renderer = MarkdownRenderer()

    @Test func isThePlainTextOfTheFirstParagraph() {
        let summary = renderer.render("# Título\n\nLa *ley* de [asilo](/es/ley/) protege.\n\nSegundo párrafo.\n").summary
        #expect(summary == "La ley de asilo protege.")
    }

    @Test func joinsTheLinesOfAParagraphWithSpaces() {
        #expect(renderer.render("Primera línea\nsegunda línea\n").summary == "Primera línea segunda línea")
    }

    @Test func skipsParagraphsInsideListsAndQuotes() {
        #expect(renderer.render("- punto\n\n> cita\n\nTexto propio.\n").summary == "Texto propio.")
    }

    @Test func isEmptyWithoutAParagraph() {
        #expect(renderer.render("# Solo título\n").summary == "")
    }

    @Test func keepsAParagraphOf200Characters() {
        let text = String(repeating: "abcd ", count: 39) + "abcde"
        #expect(text.count == 200)
        #expect(renderer.render(text).summary == text)
    }

    @Test func shortensALongParagraphAtAWordWithAnEllipsis() {
        let words = (1...60).map { "palabra\($0)" }
        let summary = renderer.render(words.joined(separator: " ")).summary
        #expect(summary.hasSuffix("…"))
        #expect(summary.count <= 201)
        let kept = summary.dropLast().split(separator: " ").map(String.init)
        #expect(kept == Array(words.prefix(kept.count)))
    }

    @Test func dropsACommaBeforeTheEllipsis() {
        let start = String(repeating: "a", count: 190) + " bbbbbbb,"
        #expect(renderer.render(start + " ccc ddd eee fff").summary == String(start.dropLast()) + "…")
    }
}
