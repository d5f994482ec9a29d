import Testing
import FaroContent
import FaroCore

@Suite struct ContentURLClaimTests {
    @Test func reportsTwoPagesClaimingOneURLAtTheLaterFile() throws {
        let found = try loadingDiagnostics(["guias/a.md": pageFile("title: A\nslug: b"), "guias/b.md": pageFile("title: B")])
        let diagnostic = try #require(found.first { $0.problem as? ContentProblem == .duplicateURL("/es/guias/b/", other: "Content/guias/a.md") })
        #expect(diagnostic.location == Location(file: "Content/guias/b.md", line: 1, column: 1))
    }

    @Test func reportsAnAliasClaimingAPagesURL() throws {
        let found = try loadingDiagnostics(["a.md": pageFile("title: A\naliases: [/es/b/]"), "b.md": pageFile("title: B")])
        #expect(found.contains { $0.problem as? ContentProblem == .duplicateURL("/es/b/", other: "Content/b.md") && $0.location.file == "Content/a.md" })
    }

    @Test func reportsTwoAliasesClaimingOneURL() throws {
        let found = try loadingDiagnostics(["a.md": pageFile("title: A\naliases: /viejo"), "b.md": pageFile("title: B\naliases: /viejo/")])
        #expect(found.map { $0.problem as? ContentProblem } == [.duplicateURL("/viejo/", other: "Content/a.md")])
    }

    @Test func letsTranslationsShareAFileName() throws {
        let content = try loadContent(["a.md": pageFile("title: A"), "a.en.md": pageFile("title: A")])
        #expect(content.page(at: "/es/a/") != nil)
        #expect(content.page(at: "/en/a/") != nil)
    }
}
