import Testing
import FaroCore
import FaroTheme

@Suite struct ThemeRenderingTests {
    @Test func rendersAContextThroughATemplateAndItsPartial() throws {
        let theme = try loadTheme([
            "templates/page.mustache": "<h1>{{title}}</h1><ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{> footer}}",
            "templates/footer.mustache": "<footer>{{site.name}}</footer>",
        ])
        let context: [String: Any] = ["title": "Hola", "items": ["agua", "mapa"], "site": ["name": "Faro"]]
        #expect(try theme.render(context, template: "page") == "<h1>Hola</h1><ul><li>agua</li><li>mapa</li></ul><footer>Faro</footer>")
    }

    @Test func fillsAParentTemplatesBlocks() throws {
        let theme = try loadTheme([
            "templates/base.mustache": "<html>{{$main}}vacío{{/main}}</html>",
            "templates/page.mustache": "{{<base}}{{$main}}<p>{{title}}</p>{{/main}}{{/base}}",
        ])
        #expect(try theme.render(["title": "Hola"], template: "page") == "<html><p>Hola</p></html>")
    }

    @Test func escapesHTMLInAVariable() throws {
        let theme = try loadTheme(["templates/page.mustache": "<h1>{{title}}</h1>"])
        #expect(try theme.render(["title": "<script>x</script>"], template: "page") == "<h1>&lt;script&gt;x&lt;/script&gt;</h1>")
    }

    @Test func insertsTripleBracedHTMLAsIs() throws {
        let theme = try loadTheme(["templates/page.mustache": "<main>{{{content}}}</main>"])
        #expect(try theme.render(["content": "<p>Hola</p>"], template: "page") == "<main><p>Hola</p></main>")
    }

    @Test func throwsForAnUnknownTemplate() throws {
        let theme = try loadTheme()
        #expect(throws: ThemeProblem.missingTemplate("nope")) { try theme.render([:], template: "nope") }
    }

    @Test func listsStaticFilesRelativeToTheStaticFolder() throws {
        let theme = try loadTheme(["static/robots.txt": "User-agent: *", "static/img/logo.svg": "<svg/>", "static/.DS_Store": ""])
        #expect(theme.staticFiles == ["img/logo.svg", "robots.txt"])
    }

    @Test func listsTheUIStringsATemplateReadsWithTheirTags() throws {
        let theme = try loadTheme(["templates/page.mustache": "<p>{{t.published}}</p>\n{{#t.updated}}x{{/t.updated}}"])
        let uses = theme.stringKeys.filter { $0.location.file == "Themes/test/templates/page.mustache" }
        #expect(uses.map(\.key) == ["published", "updated", "updated"])
        #expect(uses.first?.location == Location(file: "Themes/test/templates/page.mustache", line: 1, column: 4))
    }
}
