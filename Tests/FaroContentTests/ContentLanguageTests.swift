import Testing
import FaroContent
import FaroCore

@Suite struct ContentLanguageTests {
    @Test func placesAPageInTheLanguageOfItsSuffix() throws {
        let content = try loadContent(["guias/viajar.en.md": pageFile("title: Travel")])
        let page = try #require(content.page("guias/viajar.en.md", in: "en"))
        #expect(page.route.path == "/en/guias/viajar/")
    }

    @Test func placesAPageWithoutSuffixInTheDefaultLanguage() throws {
        let content = try loadContent(["guias/viajar.md": pageFile("title: Viajar")])
        let page = try #require(content.page("guias/viajar.md", in: "es"))
        #expect(page.route.path == "/es/guias/viajar/")
    }

    @Test func pairsTranslationsByTheirNameWithoutSuffix() throws {
        let content = try loadContent(["guias/viajar.md": pageFile("title: Viajar"), "guias/viajar.en.md": pageFile("title: Travel")])
        let spanish = try #require(content.page("guias/viajar.md", in: "es"))
        #expect(content.translations(of: spanish).map(\.sourcePath) == ["guias/viajar.md", "guias/viajar.en.md"])
    }

    @Test func reportsASuffixThatIsNotASiteLanguage() throws {
        let found = try loadingDiagnostics(["guias/viajar.de.md": pageFile("title: Reisen")])
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? ContentProblem == .unknownLanguageSuffix("de"))
        #expect(diagnostic.location == Location(file: "Content/guias/viajar.de.md", line: 0, column: 0))
    }

    @Test func keepsADotPartThatIsNotALanguageCodeInTheName() throws {
        let content = try loadContent(["notas.v2.md": pageFile("title: Notas")])
        #expect(content.page("notas.v2.md", in: "es")?.route.path == "/es/notas-v2/")
    }

    @Test func reportsAProblemInAPageAtItsFileLine() throws {
        let found = try loadingDiagnostics(["guias/viajar.md": pageFile("title: Viajar\ndate: 2021-02-30")])
        let diagnostic = try #require(found.single)
        #expect(diagnostic.location == Location(file: "Content/guias/viajar.md", line: 3, column: 7))
    }
}
