import Testing
import FaroMarkdown

@Suite struct LinkTests {
    @Test func listsLinkAndImageURLsInDocumentOrder() {
        let rendered = MarkdownRenderer().render("[a](/es/a/) ![mapa](mapa.png) <https://example.org>\n")
        #expect(rendered.links == ["/es/a/", "mapa.png", "https://example.org"])
    }

    @Test func writesTheRewrittenURLIntoTheHTML() {
        let renderer = MarkdownRenderer { url, _ in url.hasPrefix("/") ? "/portal" + url : url }
        let rendered = renderer.render("[ley](/es/ley/) y [fuera](https://example.org)\n")
        #expect(rendered.html == "<p><a href=\"/portal/es/ley/\">ley</a> y <a href=\"https://example.org\">fuera</a></p>\n")
    }

    @Test func listsTheRewrittenURL() {
        let renderer = MarkdownRenderer { url, _ in "/portal" + url }
        #expect(renderer.render("[ley](/es/ley/)\n").links == ["/portal/es/ley/"])
    }

    @Test func tellsTheRewriterWhichURLsAreImages() {
        let renderer = MarkdownRenderer { url, isImage in isImage ? "img/" + url : url }
        let html = renderer.render("![mapa](mapa.png) [plano](plano.pdf)\n").html
        #expect(html == "<p><img src=\"img/mapa.png\" alt=\"mapa\" /> <a href=\"plano.pdf\">plano</a></p>\n")
    }
}
