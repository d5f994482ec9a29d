import FaroCore
import FaroScaffold
import Foundation
import Testing

/// `faro new page` and `faro new guide` make files that the build accepts as they are.
@Suite struct NewPageTests {
    let today = Day(iso: "2026-11-29")!

    @Test func a_page_is_made_in_its_folder_and_language_and_the_site_still_builds() async throws {
        let site = try ScaffoldTestSite()
        defer { site.remove() }
        let created = try site.scaffold().create(ScaffoldRequest(kind: .page, name: "guias/nueva-pagina", title: "Título: \"nuevo\"", today: today))
        let result = await site.check()

        #expect(created == ["Content/guias/nueva-pagina.es.md"])
        let text = try #require(site.read("Content/guias/nueva-pagina.es.md"))
        #expect(text.hasPrefix("---\ntitle: \"Título: \\\"nuevo\\\"\"\ndescription: "))
        #expect(text.contains("\ndate: 2026-11-29\nlast_checked: 2026-11-29\n---\n"))
        #expect(text.contains("Escribe aquí el texto de la página"))
        #expect(!text.contains("{{"))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.report.pagesByLanguage["es", default: 0] > 0)
    }

    @Test func the_language_defaults_to_the_sites_default_and_may_be_chosen() async throws {
        let site = try ScaffoldTestSite(defaultLanguage: "en")
        defer { site.remove() }
        let scaffold = try site.scaffold()
        let english = try scaffold.create(ScaffoldRequest(kind: .page, name: "about", title: "About", today: today))
        let spanish = try scaffold.create(ScaffoldRequest(kind: .page, name: "about", title: "Acerca", language: "es", today: today))

        #expect(english == ["Content/about.en.md"])
        #expect(spanish == ["Content/about.es.md"])
        #expect(site.read("Content/about.en.md")?.contains("Write the text of the page here") == true)
        #expect(throws: ScaffoldProblem.unknownLanguage("de", known: ["es", "en"])) {
            try scaffold.create(ScaffoldRequest(kind: .page, name: "info", title: "Info", language: "de", today: today))
        }
    }

    @Test func a_guide_is_an_index_and_a_first_chapter_with_weight_one() async throws {
        let site = try ScaffoldTestSite()
        defer { site.remove() }
        let created = try site.scaffold().create(ScaffoldRequest(kind: .guide, name: "viajar-de-noche", title: "Viajar de noche", today: today))
        let result = await site.check()

        #expect(created == ["Content/guias/viajar-de-noche/index.es.md", "Content/guias/viajar-de-noche/primera-parte.es.md"])
        #expect(site.read("Content/guias/viajar-de-noche/primera-parte.es.md")?.contains("\nweight: 1\n") == true)
        #expect(site.read("Content/guias/viajar-de-noche/index.es.md")?.contains("1. [Primera parte](primera-parte/)") == true)
        #expect(result.errors.isEmpty, "\(result.errors)")
    }

    @Test func an_existing_file_is_never_overwritten() throws {
        let site = try ScaffoldTestSite()
        defer { site.remove() }
        let scaffold = try site.scaffold()
        try scaffold.create(ScaffoldRequest(kind: .page, name: "hola", title: "Hola", today: today))
        #expect(throws: ScaffoldProblem.fileExists("Content/hola.es.md")) {
            try scaffold.create(ScaffoldRequest(kind: .page, name: "hola", title: "Otra", today: today))
        }
        #expect(site.read("Content/hola.es.md")?.contains("title: \"Hola\"") == true)
    }

    @Test func a_path_that_is_not_made_of_slugs_is_refused_with_a_suggestion() throws {
        let site = try ScaffoldTestSite()
        defer { site.remove() }
        let scaffold = try site.scaffold()
        #expect(throws: ScaffoldProblem.notASlug("guias/Nueva Página", suggestion: "guias/nueva-pagina")) {
            try scaffold.create(ScaffoldRequest(kind: .page, name: "guias/Nueva Página", title: "Nueva", today: today))
        }
        #expect(throws: ScaffoldProblem.notASlug("guias/nueva.es.md", suggestion: "guias/nueva")) {
            try scaffold.create(ScaffoldRequest(kind: .page, name: "guias/nueva.es.md", title: "Nueva", today: today))
        }
        #expect(throws: ScaffoldProblem.missingValue("title")) {
            try scaffold.create(ScaffoldRequest(kind: .guide, name: "guia", title: "  ", today: today))
        }
    }
}
