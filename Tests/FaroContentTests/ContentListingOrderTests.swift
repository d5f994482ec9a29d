import Testing
import FaroContent
import FaroCore

@Suite struct ContentListingOrderTests {
    private func childrenOfGuides(_ pages: [String: String]) throws -> [String] {
        var files = pages
        files["guias/index.md"] = pageFile("title: Guías")
        let content = try loadContent(files)
        let guides = try #require(content.page(at: "/es/guias/"))
        return content.children(of: guides).map(\.sourcePath)
    }

    @Test func listsLowerWeightFirst() throws {
        let order = try childrenOfGuides([
            "guias/a.md": pageFile("title: A\nweight: 3"),
            "guias/b.md": pageFile("title: B\nweight: 1"),
            "guias/c.md": pageFile("title: C\nweight: 2"),
        ])
        #expect(order == ["guias/b.md", "guias/c.md", "guias/a.md"])
    }

    @Test func listsWeightedPagesBeforeUnweightedOnes() throws {
        let order = try childrenOfGuides([
            "guias/a.md": pageFile("title: A\ndate: 2024-01-01"),
            "guias/b.md": pageFile("title: B\nweight: 9"),
        ])
        #expect(order == ["guias/b.md", "guias/a.md"])
    }

    @Test func listsTheNewestDateFirstAtEqualWeight() throws {
        let order = try childrenOfGuides([
            "guias/a.md": pageFile("title: A\ndate: 2021-05-01"),
            "guias/b.md": pageFile("title: B\ndate: 2023-05-01"),
            "guias/c.md": pageFile("title: C\ndate: 2022-05-01"),
        ])
        #expect(order == ["guias/b.md", "guias/c.md", "guias/a.md"])
    }

    @Test func listsDatedPagesBeforeUndatedOnes() throws {
        let order = try childrenOfGuides([
            "guias/a.md": pageFile("title: A"),
            "guias/b.md": pageFile("title: B\ndate: 2021-05-01"),
        ])
        #expect(order == ["guias/b.md", "guias/a.md"])
    }

    @Test func listsByTitleAtEqualWeightAndDate() throws {
        let order = try childrenOfGuides([
            "guias/a.md": pageFile("title: Zapatos"),
            "guias/b.md": pageFile("title: Agua"),
            "guias/c.md": pageFile("title: Mapas"),
        ])
        #expect(order == ["guias/b.md", "guias/c.md", "guias/a.md"])
    }
}
