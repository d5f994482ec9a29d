import Testing
import FaroContent
import FaroCore

@Suite struct ContentSectionTests {
    private let translatedGuides = [
        "guias/index.es.md": pageFile("title: Guías"),
        "guias/index.en.md": pageFile("title: Guides\nslug: guides"),
        "guias/viajar.es.md": pageFile("title: Viajar"),
        "guias/viajar.en.md": pageFile("title: Travel"),
    ]

    @Test func publishesATranslatedSectionUnderItsOwnSlug() throws {
        let content = try loadContent(translatedGuides)
        #expect(content.page("guias/index.en.md", in: "en")?.route.path == "/en/guides/")
    }

    @Test func publishesPagesOfATranslatedSectionUnderTheSectionsSlug() throws {
        let content = try loadContent(translatedGuides)
        #expect(content.page("guias/viajar.en.md", in: "en")?.route.path == "/en/guides/viajar/")
    }

    @Test func keepsTheFolderNameForALanguageWithoutSlug() throws {
        let content = try loadContent(translatedGuides)
        #expect(content.page("guias/viajar.es.md", in: "es")?.route.path == "/es/guias/viajar/")
    }

    @Test func usesAPagesSlugInsteadOfItsFileName() throws {
        let content = try loadContent(["guias/viajar.en.md": pageFile("title: Travel\nslug: travel-safe")])
        #expect(content.page("guias/viajar.en.md", in: "en")?.route.path == "/en/guias/travel-safe/")
    }

    @Test func generatesASectionForAFolderWithoutIndex() throws {
        let content = try loadContent(["derechos-humanos/asilo.md": pageFile("title: Asilo")])
        let section = try #require(content.page(at: "/es/derechos-humanos/"))
        #expect(section.kind == .section)
        #expect(section.frontMatter.title == "Derechos humanos")
        #expect(content.children(of: section).map(\.sourcePath) == ["derechos-humanos/asilo.md"])
    }

    @Test func generatesAHomePageForEveryLanguage() throws {
        let content = try loadContent(["acerca.md": pageFile("title: Acerca")])
        #expect(content.home(in: "es")?.frontMatter.title == "Faro")
        #expect(content.home(in: "en")?.frontMatter.title == "Lighthouse")
        #expect(content.home(in: "en")?.route.path == "/en/")
    }

    @Test func readsTheHomePageFromTheRootIndex() throws {
        let content = try loadContent(["index.md": pageFile("title: Bienvenida")])
        let home = try #require(content.home(in: "es"))
        #expect(home.kind == .home)
        #expect(home.frontMatter.title == "Bienvenida")
        #expect(home.route.path == "/es/")
    }

    @Test func listsARootPageUnderTheHomePage() throws {
        let content = try loadContent(["acerca.md": pageFile("title: Acerca")])
        let home = try #require(content.home(in: "es"))
        #expect(content.children(of: home).map(\.sourcePath) == ["acerca.md"])
    }

    @Test func listsASubsectionUnderItsParentSection() throws {
        let content = try loadContent(["guias/index.md": pageFile("title: Guías"), "guias/salud/vacunas.md": pageFile("title: Vacunas")])
        let guides = try #require(content.page(at: "/es/guias/"))
        #expect(content.children(of: guides).map(\.route.path) == ["/es/guias/salud/"])
    }

    @Test func listsOnlyChildrenInTheSectionsLanguage() throws {
        let content = try loadContent(translatedGuides)
        let guides = try #require(content.page(at: "/en/guides/"))
        #expect(content.children(of: guides).map(\.sourcePath) == ["guias/viajar.en.md"])
    }
}
