import Testing
import FaroContent
import FaroCore

@Suite struct ContentResourceTests {
    private let guides = [
        "guias/index.es.md": pageFile("title: Guías"),
        "guias/index.en.md": pageFile("title: Guides\nslug: guides"),
        "guias/mapa.pdf": "%PDF",
    ]

    @Test func copiesAResourceUnderEachLanguagesFolderRoute() throws {
        let content = try loadContent(guides)
        #expect(content.staticFiles.map(\.target) == ["en/guides/mapa.pdf", "es/guias/mapa.pdf"])
    }

    @Test func readsAResourceFromBesideItsPage() throws {
        let content = try loadContent(guides)
        let sources = Set(content.staticFiles.map { $0.source.standardizedFileURL.path })
        #expect(sources.count == 1)
        #expect(sources.allSatisfy { $0.hasSuffix("/guias/mapa.pdf") })
    }

    @Test func listsAResourceOnItsFoldersSection() throws {
        let content = try loadContent(guides)
        #expect(content.page(at: "/en/guides/")?.resources == ["guias/mapa.pdf"])
    }

    @Test func copiesAResourceOfAnUntranslatedFolderForEveryLanguage() throws {
        let content = try loadContent(["solo/index.md": pageFile("title: Solo"), "solo/mapa.pdf": "%PDF"])
        #expect(content.staticFiles.map(\.target) == ["en/solo/mapa.pdf", "es/solo/mapa.pdf"])
    }

    @Test func copiesTheStaticFolderToTheSiteRoot() throws {
        let content = try loadContent(["static/robots.txt": "User-agent: *\n", "static/img/logo.svg": "<svg/>"])
        #expect(content.staticFiles.map(\.target) == ["img/logo.svg", "robots.txt"])
    }

    @Test func leavesReservedFoldersOut() throws {
        let content = try loadContent(["i18n/es.yaml": "home: Inicio\n", "directory/notas.md": "sin front matter\n"])
        #expect(content.staticFiles.isEmpty)
        #expect(content.pages.allSatisfy { $0.kind == .home })
    }
}
