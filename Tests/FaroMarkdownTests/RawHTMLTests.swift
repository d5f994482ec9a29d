import Testing
import FaroMarkdown

@Suite struct RawHTMLTests {
    private let renderer = MarkdownRenderer()

    @Test func dropsRawHTMLByDefault() {
        let html = renderer.render("<div class=\"x\">caja</div>\n\nTexto <b>fuerte</b>\n").html
        #expect(html == "<!-- raw HTML omitted -->\n<p>Texto <!-- raw HTML omitted -->fuerte<!-- raw HTML omitted --></p>\n")
    }

    @Test func passesRawHTMLWhenAllowed() {
        let html = renderer.render("<div class=\"x\">caja</div>\n\nTexto <b>fuerte</b>\n", allowHTML: true).html
        #expect(html == "<div class=\"x\">caja</div>\n<p>Texto <b>fuerte</b></p>\n")
    }

    @Test func neutralisesAScriptBlockEvenWhenHTMLIsAllowed() {
        let html = renderer.render("<script>alert(1)</script>\n", allowHTML: true).html
        #expect(html.contains("&lt;script>alert(1)&lt;/script>"))
        #expect(!html.contains("<script"))
    }

    @Test func neutralisesAnInlineScriptEvenWhenHTMLIsAllowed() {
        let html = renderer.render("Hola <script>x()</script>\n", allowHTML: true).html
        #expect(html == "<p>Hola &lt;script>x()&lt;/script></p>\n")
    }

    @Test func neutralisesAnIframeEvenWhenHTMLIsAllowed() {
        let html = renderer.render("<iframe src=\"https://example.org\"></iframe>\n", allowHTML: true).html
        #expect(!html.contains("<iframe"))
    }
}
