import FaroBuild
import FaroContent
import FaroCore
import FaroTheme
import Foundation
import Testing

/// Each translation state, proven through built output.
@Suite struct TranslationTests {
    static let sourceBody = "Texto original."
    static var sourceHash: String { ContentHash.of("Fuente" + "\n\n" + "\n" + sourceBody + "\n") }

    func site(translation: String) throws -> TestSite {
        try TestSite([
            "Content/guia.es.md": "---\ntitle: Fuente\n---\n\n\(Self.sourceBody)\n",
            "Content/guia.en.md": translation,
        ])
    }

    @Test func a_current_translation_shows_no_notice() async throws {
        let site = try site(translation: page("title: Guide\ntranslation_of: \(Self.sourceHash)", "Translated."))
        defer { site.remove() }
        #expect(await site.build().published)
        let html = try #require(site.output("en/guia/index.html"))
        #expect(html.contains("Translated."))
        #expect(!html.contains("class=\"notice\""))
    }

    @Test func a_translation_of_an_older_source_text_is_marked_outdated() async throws {
        let site = try site(translation: page("title: Guide\ntranslation_of: 0123456789", "Translated."))
        defer { site.remove() }
        #expect(await site.build().published)
        let html = try #require(site.output("en/guia/index.html"))
        #expect(html.contains("The original text has changed since this page was translated"))
        #expect(html.contains("<a href=\"/es/guia/\" hreflang=\"es\">Read the original (Español)</a>"))
    }

    @Test func a_draft_translation_says_it_is_not_reviewed() async throws {
        let site = try site(translation: page("title: Guide\ntranslation_of: \(Self.sourceHash)\nreview: draft", "Translated."))
        defer { site.remove() }
        #expect(await site.build().published)
        #expect(site.output("en/guia/index.html")?.contains("This translation has not yet been reviewed by a fluent speaker.") == true)
    }

    @Test func a_missing_translation_falls_back_to_the_source_under_the_readers_url() async throws {
        let site = try TestSite(["Content/solo.es.md": page("title: Solo en español", "Texto en español.")])
        defer { site.remove() }
        #expect(await site.build().published)
        let html = try #require(site.output("en/solo/index.html"))
        #expect(html.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(html.contains("This page has not been translated yet. It is shown in Español."))
        #expect(html.contains("<article lang=\"es\" dir=\"ltr\">"))
        #expect(html.contains("Texto en español."))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/es/solo/\">"))
        #expect(!html.contains("hreflang=\"en\" href="))
        let spanish = try #require(site.output("es/solo/index.html"))
        #expect(spanish.contains("<a href=\"/en/solo/\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(site.output("sitemap.xml")?.contains("/en/solo/") == false)
    }

    @Test func hreflang_links_name_every_real_translation_and_x_default() async throws {
        let site = try site(translation: page("title: Guide\ntranslation_of: \(Self.sourceHash)"))
        defer { site.remove() }
        #expect(await site.build().published)
        let html = try #require(site.output("en/guia/index.html"))
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://example.org/es/guia/\">"))
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/guia/\">"))
        #expect(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/es/guia/\">"))
    }

    @Test func a_right_to_left_language_gets_dir_rtl() async throws {
        let config = TestSite.bilingualConfig + "  - {code: ar, name: العربية, direction: rtl}\n"
        let site = try TestSite(["Content/index.ar.md": page("title: الرئيسية", "نص.")], config: config)
        defer { site.remove() }
        #expect(await site.build().published)
        #expect(site.output("ar/index.html")?.contains("<html lang=\"ar\" dir=\"rtl\">") == true)
        #expect(site.output("index.html")?.contains("<a href=\"/ar/\" hreflang=\"ar\" lang=\"ar\">العربية</a>") == true)
    }

    @Test func dates_are_written_the_way_each_language_writes_them() async throws {
        let config = TestSite.bilingualConfig + "  - {code: ht, name: Kreyòl ayisyen}\n"
        let date = "title: T\ndate: 2021-01-14"
        let site = try TestSite(["Content/a.es.md": page(date), "Content/a.en.md": page(date), "Content/a.ht.md": page(date),
                                 "Content/i18n/ht.yaml": "months: janvye, fevriye, mas, avril, me, jen, jiyè, out, septanm, oktòb, novanm, desanm\ndate_pattern: \"{day} {month} {year}\"\n"],
                                config: config)
        defer { site.remove() }
        #expect(await site.build().published)
        #expect(site.output("es/a/index.html")?.contains(">14 de enero de 2021</time>") == true)
        #expect(site.output("en/a/index.html")?.contains(">January 14, 2021</time>") == true)
        #expect(site.output("ht/a/index.html")?.contains(">14 janvye 2021</time>") == true)
    }

    @Test func a_template_reading_an_unknown_ui_string_is_an_error_at_its_line() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        try site.write("Themes/default/templates/page.mustache", "{{<base}}\n{{$main}}\n<p>{{t.no_existe}}</p>\n{{/main}}\n{{/base}}\n")
        let result = await site.build()
        let error = try #require(result.errors.first)
        #expect((error.problem as? ThemeProblem) == .unknownStringKey("no_existe"))
        #expect(error.location == SourceLocation(file: "Themes/default/templates/page.mustache", line: 3, column: 4))
    }

    @Test func a_ui_string_missing_in_a_language_falls_back_and_is_reported() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        let english = try String(contentsOf: TestSite.repositoryTheme.appendingPathComponent("i18n/en.yaml"), encoding: .utf8)
        try site.write("Themes/default/i18n/en.yaml", english.split(separator: "\n").filter { !$0.hasPrefix("footer:") }.joined(separator: "\n") + "\n")
        #expect(await site.build().published)
        #expect(site.output("en/a/index.html")?.contains("Información gratuita para personas que buscan asilo.") == true)
        let options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: site.root.appendingPathComponent("Public"),
                                   writesOutput: false, workingDirectory: site.root)
        let (report, _) = await Pipeline.loadOnly().translationReport(options)
        #expect(report?.missingStrings == ["en": ["footer"]])
    }

    @Test func the_report_counts_each_state_per_language_and_exports_csv() async throws {
        let site = try TestSite([
            "Content/a.es.md": "---\ntitle: Fuente\n---\n\n\(Self.sourceBody)\n",
            "Content/a.en.md": page("title: A\ntranslation_of: \(Self.sourceHash)"),
            "Content/b.es.md": page("title: B"),
            "Content/b.en.md": page("title: B\ntranslation_of: 0000000000"),
            "Content/c.es.md": page("title: C"),
            "Content/c.en.md": page("title: C\nreview: draft"),
            "Content/d.es.md": page("title: D"),
        ])
        defer { site.remove() }
        let options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: site.root.appendingPathComponent("Public"),
                                   writesOutput: false, workingDirectory: site.root)
        let (found, _) = await Pipeline.loadOnly().translationReport(options)
        let report = try #require(found)
        #expect(report.counts(for: "en") == [.current: 1, .outdated: 1, .draft: 1, .missing: 1])
        #expect(report.rows.contains(.init(source: "d.es.md", language: "en", status: .missing, translation: nil)))
        #expect(report.csv.contains("en,b.es.md,outdated,b.en.md\r\n"))
        #expect(!report.isComplete)
    }

    @Test func stamping_a_translation_makes_it_current() async throws {
        let site = try site(translation: page("title: Guide\ntranslation_of: 0000000000", "Translated."))
        defer { site.remove() }
        let content = site.root.appendingPathComponent("Content")
        let config = try SiteConfigLoader.load(content.appendingPathComponent("site.yaml"), path: "site.yaml")
        let hash = try TranslationStamp.stamp(fileAt: content.appendingPathComponent("guia.en.md"), displayPath: "guia.en.md", config: config)
        #expect(hash == Self.sourceHash)
        let text = try String(contentsOf: content.appendingPathComponent("guia.en.md"), encoding: .utf8)
        #expect(text == "---\ntitle: Guide\ntranslation_of: \(hash)\n---\n\nTranslated.\n")
        #expect(await site.build().published)
        #expect(site.output("en/guia/index.html")?.contains("class=\"notice\"") == false)
    }
}
