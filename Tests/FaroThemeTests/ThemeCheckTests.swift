import Testing
import FaroCore
import FaroTheme

@Suite struct ThemeCheckTests {
    @Test func loadsAThemeWithEveryRequiredTemplate() throws {
        let theme = try loadTheme()
        #expect(Theme.requiredTemplates.allSatisfy { theme.hasTemplate($0) })
    }

    @Test func reportsAMissingRequiredTemplateAtTheTemplatesFolder() throws {
        var files = requiredTemplateFiles
        files["templates/404.mustache"] = nil
        let diagnostic = try #require(try themeDiagnostics(files).single)
        #expect(diagnostic.problem as? ThemeProblem == .missingTemplate("404"))
        #expect(diagnostic.location == Location(file: "Themes/test/templates", line: 0, column: 0))
    }

    @Test func reportsEveryRequiredTemplateOfAnEmptyTemplatesFolder() throws {
        let found = try themeDiagnostics(["templates/.keep": ""])
        #expect(found.map { $0.problem as? ThemeProblem } == Theme.requiredTemplates.map { .missingTemplate($0) })
    }

    @Test func reportsAThemeFolderWithoutTemplates() throws {
        let diagnostic = try #require(try themeDiagnostics(["css/site.css": "body{}"]).single)
        #expect(diagnostic.problem as? ThemeProblem == .missingTheme("Themes/test"))
    }

    @Test func reportsAMissingPartialAtItsTag() throws {
        var files = requiredTemplateFiles
        files["templates/page.mustache"] = "<main>\n  <p>{{> nothere}}</p>\n</main>\n"
        let diagnostic = try #require(try themeDiagnostics(files).single)
        #expect(diagnostic.problem as? ThemeProblem == .missingPartial("nothere"))
        #expect(diagnostic.location == Location(file: "Themes/test/templates/page.mustache", line: 2, column: 6))
    }

    @Test func reportsAMissingParentTemplateAtItsTag() throws {
        var files = requiredTemplateFiles
        files["templates/page.mustache"] = "{{<layout}}{{$main}}x{{/main}}{{/layout}}\n"
        let diagnostic = try #require(try themeDiagnostics(files).single)
        #expect(diagnostic.problem as? ThemeProblem == .missingPartial("layout"))
        #expect(diagnostic.location == Location(file: "Themes/test/templates/page.mustache", line: 1, column: 1))
    }

    @Test func acceptsAPartialInASubfolder() throws {
        let theme = try loadTheme(["templates/page.mustache": "{{> partials/footer}}", "templates/partials/footer.mustache": "pie"])
        #expect(try theme.render([:], template: "page") == "pie")
    }

    @Test func reportsASyntaxErrorWithItsLine() throws {
        var files = requiredTemplateFiles
        files["templates/listing.mustache"] = "<ul>\n{{#items}}\n<li>{{.}}</li>\n{{/itemz}}\n</ul>\n"
        let diagnostic = try #require(try themeDiagnostics(files).single)
        guard case .templateSyntax = diagnostic.problem as? ThemeProblem else {
            Issue.record("expected templateSyntax, got \(diagnostic.problem)")
            return
        }
        #expect(diagnostic.location.file == "Themes/test/templates/listing.mustache")
        #expect(diagnostic.location.line == 4)
    }

    @Test func reportsABrokenRequiredTemplateOnlyAsASyntaxError() throws {
        var files = requiredTemplateFiles
        files["templates/section.mustache"] = "<ul>\n{{#items}}\n<li>{{.}}</li>\n{{/itemz}}\n</ul>\n"
        let diagnostic = try #require(try themeDiagnostics(files).single)
        guard case .templateSyntax = diagnostic.problem as? ThemeProblem else {
            Issue.record("expected templateSyntax, got \(diagnostic.problem)")
            return
        }
        #expect(diagnostic.location.file == "Themes/test/templates/section.mustache")
        #expect(diagnostic.location.line == 4)
    }

    @Test func reportsEveryProblemOfTheThemeTogether() throws {
        var files = requiredTemplateFiles
        files["templates/alias.mustache"] = nil
        files["templates/page.mustache"] = "{{> nothere}}"
        files["templates/listing.mustache"] = "{{#a}}"
        let found = try themeDiagnostics(files)
        #expect(found.count == 3)
        #expect(found.contains { $0.problem as? ThemeProblem == .missingTemplate("alias") })
        #expect(found.contains { $0.problem as? ThemeProblem == .missingPartial("nothere") })
        let syntax = found.first { $0.location.file == "Themes/test/templates/listing.mustache" }
        guard case .templateSyntax = syntax?.problem as? ThemeProblem else {
            Issue.record("expected templateSyntax in listing.mustache, got \(String(describing: syntax))")
            return
        }
    }
}
