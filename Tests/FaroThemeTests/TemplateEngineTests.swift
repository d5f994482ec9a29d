import Testing
import FaroCore
import FaroTheme

/// The Mustache rules Faro's template engine follows (the spec's core modules and inheritance).
@Suite struct TemplateEngineTests {
    /// Renders `template` as the theme's page template with `context`.
    func render(_ template: String, _ context: [String: Any] = [:], partials: [String: String] = [:]) throws -> String {
        var files = ["templates/page.mustache": template]
        for (name, text) in partials { files["templates/\(name).mustache"] = text }
        return try loadTheme(files).render(context, template: "page")
    }

    @Test func escapesTheFiveHTMLCharactersOnlyInDoubleBraces() throws {
        let context = ["x": "<a href=\"y\">Tom & Jerry's</a>"]
        #expect(try render("{{x}}|{{{x}}}|{{&x}}", context)
            == "&lt;a href=&quot;y&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;|<a href=\"y\">Tom & Jerry's</a>|<a href=\"y\">Tom & Jerry's</a>")
    }

    @Test func keepsNonASCIITextWhenEscaping() throws {
        #expect(try render("{{x}}", ["x": "Señor <José> ✓"]) == "Señor &lt;José&gt; ✓")
    }

    @Test func rendersMissingNamesAsNothing() throws {
        #expect(try render("[{{nada}}][{{a.b.c}}]", ["a": ["b": "texto"]]) == "[][]")
    }

    @Test func looksUpTheFirstPartOfADottedNameThroughEnclosingSections() throws {
        let context: [String: Any] = ["site": ["name": "Faro"], "items": [["title": "uno"], ["title": "dos"]]]
        #expect(try render("{{#items}}{{title}}@{{site.name}};{{/items}}", context) == "uno@Faro;dos@Faro;")
    }

    @Test func doesNotSearchOuterSectionsForTheRestOfADottedName() throws {
        // `a.b` finds `a` in the inner section; that `a` has no `b`, so the outer `a.b` is not used.
        let context: [String: Any] = ["a": ["b": "outer"], "inner": ["a": ["c": "x"]]]
        #expect(try render("{{#inner}}[{{a.b}}]{{/inner}}", context) == "[]")
    }

    @Test func repeatsASectionOverAListAndShowsItOnceForAValue() throws {
        let context: [String: Any] = ["list": ["a", "b"], "flag": true, "map": ["k": "v"], "text": "t"]
        #expect(try render("{{#list}}({{.}}){{/list}}{{#flag}}F{{/flag}}{{#map}}{{k}}{{/map}}{{#text}}<{{.}}>{{/text}}", context)
            == "(a)(b)Fv<t>")
    }

    @Test func hidesASectionForFalseMissingAndEmptyListButNotForEmptyText() throws {
        let context: [String: Any] = ["no": false, "empty": [String](), "blank": ""]
        #expect(try render("{{#no}}1{{/no}}{{#gone}}2{{/gone}}{{#empty}}3{{/empty}}{{#blank}}4{{/blank}}", context) == "4")
        #expect(try render("{{^no}}1{{/no}}{{^gone}}2{{/gone}}{{^empty}}3{{/empty}}{{^blank}}4{{/blank}}", context) == "123")
    }

    @Test func rendersNumbersAndYesNoValues() throws {
        #expect(try render("{{n}} {{yes}}", ["n": 42, "yes": true]) == "42 true")
    }

    @Test func seesThroughOptionals() throws {
        let present: String? = "sí"
        let absent: String? = nil
        let context: [String: Any] = ["present": present as Any, "absent": absent as Any]
        #expect(try render("{{present}}{{#absent}}no{{/absent}}{{^absent}}-{{/absent}}", context) == "sí-")
    }

    @Test func removesLinesHoldingOnlyAStandaloneTag() throws {
        let template = "<ul>\n  {{#items}}\n<li>{{.}}</li>\n  {{/items}}\n{{! a comment }}\n</ul>\n"
        #expect(try render(template, ["items": ["a", "b"]]) == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
    }

    @Test func keepsTheLineOfATagThatSharesItWithText() throws {
        #expect(try render("a {{#x}}b{{/x}} c\n", ["x": true]) == "a b c\n")
        #expect(try render("{{#x}}\r\nb\r\n{{/x}}\r\n", ["x": true]) == "b\r\n")
    }

    @Test func indentsEveryLineOfAStandalonePartial() throws {
        let output = try render("<div>\n  {{> item}}\n</div>", ["v": "1\n2"], partials: ["item": "<p>\n{{v}}\n</p>\n"])
        // The partial's lines are indented; the value put into it is not.
        #expect(output == "<div>\n  <p>\n  1\n2\n  </p>\n</div>")
    }

    @Test func letsTheMostDerivedTemplateFillABlock() throws {
        let partials = [
            "base": "<title>{{$title}}Faro{{/title}}</title><main>{{$main}}vacío{{/main}}</main>",
            "layout": "{{<base}}{{$title}}Guías{{/title}}{{$main}}capa{{/main}}{{/base}}",
        ]
        #expect(try render("{{<layout}}{{$main}}{{text}}{{/main}}{{/layout}}", ["text": "hoja"], partials: partials)
            == "<title>Guías</title><main>hoja</main>")
        #expect(try render("{{<base}}ignored text{{/base}}", partials: partials) == "<title>Faro</title><main>vacío</main>")
    }

    @Test func switchesDelimiters() throws {
        #expect(try render("{{=<% %>=}}<% x %> {{x}} <%={{ }}=%>{{x}}", ["x": "y"]) == "y {{x}} y")
        #expect(try render("{{=<% %>=}}<%{x}%> <%&x%> <%x%>", ["x": "<b>"]) == "<b> <b> &lt;b&gt;")
    }

    @Test func reportsSyntaxErrorsWithLineAndColumn() throws {
        let cases: [(template: String, line: Int, column: Int, words: String)] = [
            ("a\n  {{#items}}\nb", 2, 3, "unclosed section 'items'"),
            ("{{#a}}\n{{/b}}", 2, 1, "does not match the open section 'a'"),
            ("x\n\n{{/a}}", 3, 1, "has no opening tag"),
            ("ok {{name", 1, 4, "never closed"),
            ("{{ }}", 1, 1, "empty tag"),
        ]
        for example in cases {
            var files = requiredTemplateFiles
            files["templates/page.mustache"] = example.template
            let diagnostic = try #require(try themeDiagnostics(files).single)
            guard case .templateSyntax(let reason) = diagnostic.problem as? ThemeProblem else {
                Issue.record("expected templateSyntax for \(example.template), got \(diagnostic.problem)")
                continue
            }
            #expect(reason.contains(example.words), "\(reason)")
            #expect(diagnostic.location == Location(file: "Themes/test/templates/page.mustache", line: example.line, column: example.column))
        }
    }

    @Test func stopsAPartialThatIncludesItself() throws {
        #expect(throws: ThemeProblem.self) { try render("{{> loop}}", partials: ["loop": "x{{> loop}}"]) }
    }
}
