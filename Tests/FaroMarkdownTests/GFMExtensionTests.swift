import Testing
import FaroMarkdown

@Suite struct GFMExtensionTests {
    private let renderer = MarkdownRenderer()

    @Test func rendersATable() {
        let html = renderer.render("| País | Ciudad |\n|---|---|\n| México | Tijuana |\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>País</th>"))
        #expect(html.contains("<td>Tijuana</td>"))
    }

    @Test func rendersStrikethrough() {
        #expect(renderer.render("~~cerrado~~ abierto").html == "<p><del>cerrado</del> abierto</p>\n")
    }

    @Test func linksABareURL() {
        #expect(renderer.render("Ver https://example.org hoy").html
            == "<p>Ver <a href=\"https://example.org\">https://example.org</a> hoy</p>\n")
    }

    @Test func rendersATaskList() {
        let html = renderer.render("- [x] pasaporte\n- [ ] visa\n").html
        #expect(html.contains("<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> pasaporte</li>"))
        #expect(html.contains("<li><input type=\"checkbox\" disabled=\"\" /> visa</li>"))
    }

    @Test func rendersAFootnoteAndItsReference() {
        let html = renderer.render("Texto[^1].\n\n[^1]: Nota.\n").html
        #expect(html.contains("<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>"))
        #expect(html.contains("<section class=\"footnotes\" data-footnotes>"))
        #expect(html.contains("<li id=\"fn-1\">"))
    }
}
