import FaroBuild
import FaroContent
import FaroCore
import FaroTheme
import FaroYAML
import Foundation
import Testing

/// Broken sites must fail with every problem named by file and line, and publish nothing.
@Suite struct InvalidSiteTests {
    @Test func reports_every_broken_page_of_a_run_with_file_and_line() async throws {
        let site = try TestSite([
            "Content/a.es.md": "---\ntitle: A\ntitel: typo\n---\nTexto\n",
            "Content/b.es.md": "---\ntitle: B\ndate: 2021-13-01\n---\n",
            "Content/c.es.md": "---\ntitle: [unclosed\n---\n",
            "Content/d.es.md": "Sin front matter\n",
        ])
        defer { site.remove() }
        let result = await site.build()
        #expect(!result.published)
        let found = result.errors.map { ($0.location.file, $0.location.line) }
        #expect(found.contains { $0 == ("Content/a.es.md", 3) })
        #expect(found.contains { $0 == ("Content/b.es.md", 3) })
        #expect(found.contains { $0.0 == "Content/c.es.md" && $0.1 >= 2 })
        #expect(found.contains { $0.0 == "Content/d.es.md" })
        #expect(result.errors.contains { ($0.problem as? YAMLProblem) == .unknownKey("titel", suggestion: "title") })
        #expect(result.errors.contains { ($0.problem as? YAMLProblem) == .invalidDate(key: "date", value: "2021-13-01") })
        #expect(result.errors.contains { ($0.problem as? ContentProblem) == .missingFrontMatter })
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("Public").path))
    }

    @Test func two_pages_claiming_one_url_is_an_error_naming_both() async throws {
        let site = try TestSite([
            "Content/uno.es.md": page("title: Uno\nslug: mismo"),
            "Content/dos.es.md": page("title: Dos\nslug: mismo"),
        ])
        defer { site.remove() }
        let result = await site.build()
        let error = try #require(result.errors.first { $0.problem is ContentProblem })
        #expect((error.problem as? ContentProblem) == .duplicateURL("/es/mismo/", other: "Content/dos.es.md"))
        #expect(error.location.file == "Content/uno.es.md")
    }

    @Test func a_missing_template_is_an_error_not_empty_output() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A\ntemplate: especial")])
        defer { site.remove() }
        let result = await site.build()
        #expect(result.errors.contains { ($0.problem as? ThemeProblem) == .missingTemplate("especial") && $0.location.file == "Content/a.es.md" })
        #expect(!result.published)
    }

    @Test func a_missing_partial_is_an_error_at_the_template_line() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        try site.write("Themes/default/templates/page.mustache", "{{<base}}\n{{$main}}\n{{> partials/nada}}\n{{/main}}\n{{/base}}\n")
        let result = await site.build()
        let error = try #require(result.errors.first)
        #expect((error.problem as? ThemeProblem) == .missingPartial("partials/nada"))
        #expect(error.location == SourceLocation(file: "Themes/default/templates/page.mustache", line: 3, column: 1))
    }

    @Test func an_unknown_language_suffix_and_a_bad_site_config_are_errors() async throws {
        let site = try TestSite(["Content/a.de.md": page("title: A")])
        defer { site.remove() }
        let result = await site.build()
        #expect(result.errors.contains { ($0.problem as? ContentProblem) == .unknownLanguageSuffix("de") && $0.location.file == "Content/a.de.md" })

        try site.write("Content/site.yaml", "title: {es: X}\nbase_url: https://example.org/\nlanguages:\n  - {code: es, name: Español}\n  - {code: es, name: Otra}\n")
        let config = await site.build()
        #expect(config.errors.contains { ($0.problem as? ContentProblem) == .duplicateLanguage("es") && $0.location.line == 5 })
        #expect(config.errors.contains { ($0.problem as? ContentProblem) == .defaultLanguageCount(0) })
    }

    @Test func a_symbolic_link_in_the_content_folder_is_an_error_and_nothing_is_published() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        let outside = site.root.appendingPathComponent("secreto.txt")
        try Data("no publicar".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("Content/secreto.txt"), withDestinationURL: outside)
        let result = await site.build()
        #expect(!result.published)
        #expect(result.errors.contains { ($0.problem as? ContentProblem) == .symbolicLink && $0.location.file == "Content/secreto.txt" })
        #expect(site.output("secreto.txt") == nil)
    }
}
