import Testing
import FaroMarkdown

/// With `allow_html`, raw HTML passes, but nothing in it or in links can run script.
@Suite struct ScriptFilterTests {
    private let renderer = MarkdownRenderer()

    @Test(arguments: ["[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "![x](javascript:alert(1))", "<javascript:alert(1)>",
                      "[x](vbscript:msgbox(1))", "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x]\n\n[x]: javascript:alert(1)"])
    func aScriptLinkInMarkdownGetsNoURLInEitherMode(_ markdown: String) {
        for allowHTML in [false, true] {
            let html = renderer.render(markdown + "\n", allowHTML: allowHTML).html
            #expect(html.contains("href=\"\"") || html.contains("src=\"\""), "\(html)")
            #expect(!html.contains("href=\"javascript") && !html.contains("src=\"javascript") && !html.contains("=\"vbscript")
                    && !html.contains("=\"data:text"), "\(html)")
        }
    }

    @Test func aDataImageKeepsItsURLAsCmarkKeepsIt() {
        let html = renderer.render("![punto](data:image/png;base64,iVBORw0KGgo=)\n", allowHTML: true).html
        #expect(html.contains("src=\"data:image/png;base64,iVBORw0KGgo=\""))
    }

    @Test(arguments: [
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href='JAVASCRIPT:alert(1)'>x</a>",
        "<a href=javascript:alert(1)>x</a>",
        "<a href=\"  javascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"&#106avascript:alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"java&Tab;script:alert(1)\">x</a>",
        "<a href=\"javascript&unknown;alert(1)\">x</a>",
        "<a HREF=\"javascript:alert(1)\">x</a>",
        "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
        "<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\" /><text>x</text></a></svg>",
        "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
        "<div>\n<a\nhref=\"javascript:alert(1)\">x</a>\n</div>",
    ])
    func aScriptURLInARawTagIsRemoved(_ markdown: String) {
        let html = renderer.render(markdown + "\n", allowHTML: true).html.lowercased()
        #expect(!html.contains("javascript"), "\(html)")
        #expect(!html.contains("data:text"), "\(html)")
    }

    @Test(arguments: ["<img src=\"x.png\" onerror=\"alert(1)\">", "<div OnClick='alert(1)'>x</div>", "<b onmouseover=alert(1)>x</b>",
                      "<svg onload=alert(1)>", "<p style=\"background:url(javascript:alert(1))\">x</p>"])
    func anEventHandlerOrScriptStyleIsRemoved(_ markdown: String) {
        let html = renderer.render(markdown + "\n", allowHTML: true).html.lowercased()
        #expect(!html.contains("alert"), "\(html)")
    }

    @Test func safeAttributesStayAsTheyWereWritten() {
        let html = renderer.render("<a href=\"https://example.org/?a=1&amp;b=2\" title='Más' class=x>uno</a> <a href=\"/es/guias/\">dos</a>\n",
                                   allowHTML: true).html
        #expect(html.contains("<a href=\"https://example.org/?a=1&amp;b=2\" title='Más' class=x>uno</a> <a href=\"/es/guias/\">dos</a>"))
    }

    @Test func aCommentThatClosesAtOnceDoesNotHideATag() {
        let html = renderer.render("<!--> <a href=\"javascript:alert(1)\">x</a> -->\n", allowHTML: true).html
        #expect(!html.contains("javascript"), "\(html)")
    }

    @Test func aTagNeverClosedInItsBlockBecomesText() {
        let html = renderer.render("<div>\n<a href=\"javascript:alert(1)\n", allowHTML: true).html
        #expect(html.contains("&lt;a href"), "\(html)")
    }
}
