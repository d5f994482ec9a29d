import Testing
import FaroMarkdown

@Suite struct HeadingAnchorTests {
    private let renderer = MarkdownRenderer()

    @Test func givesAHeadingAnIdFromItsText() {
        #expect(renderer.render("## Antes de viajar\n").html == "<h2 id=\"antes-de-viajar\">Antes de viajar</h2>\n")
    }

    @Test func foldsAccentsInTheId() {
        #expect(renderer.render("# Señor San José\n").headings.first?.anchor == "senor-san-jose")
    }

    @Test func numbersRepeatedHeadingsFromTwo() {
        let rendered = renderer.render("# Título\n\n## Título\n\n### Título\n")
        #expect(rendered.headings.map(\.anchor) == ["titulo", "titulo-2", "titulo-3"])
        #expect(rendered.html.contains("<h2 id=\"titulo-2\">"))
        #expect(rendered.html.contains("<h3 id=\"titulo-3\">"))
    }

    @Test func namesAHeadingWithoutLettersSection() {
        #expect(renderer.render("## ¿?\n").headings.first?.anchor == "section")
    }

    @Test func usesThePlainTextOfAHeadingWithMarkup() {
        let heading = renderer.render("## Ley *de* `asilo`\n").headings.first
        #expect(heading == Heading(level: 2, text: "Ley de asilo", anchor: "ley-de-asilo"))
    }

    @Test func putsEachIdOnItsHeadingInDocumentOrder() {
        let html = renderer.render("# Uno\n\ntexto\n\n## Dos\n\n# Tres\n").html
        #expect(html == "<h1 id=\"uno\">Uno</h1>\n<p>texto</p>\n<h2 id=\"dos\">Dos</h2>\n<h1 id=\"tres\">Tres</h1>\n")
    }

    @Test func putsTheIdOnTheMarkdownHeadingNotOnARawHTMLHeadingBeforeIt() {
        let html = renderer.render("<h2>Crudo</h2>\n\n## Real\n", allowHTML: true).html
        #expect(html.contains("<h2 id=\"real\">Real</h2>"))
    }
}
