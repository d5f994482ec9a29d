import Testing
import FaroContent
import FaroCore

@Suite struct ContentDraftTests {
    private let files = ["guias/borrador.md": pageFile("title: Borrador\ndraft: true"), "guias/listo.md": pageFile("title: Listo")]

    @Test func leavesDraftsOut() throws {
        let content = try loadContent(files)
        #expect(content.page(at: "/es/guias/borrador/") == nil)
        #expect(content.page(at: "/es/guias/listo/") != nil)
    }

    @Test func keepsDraftsWhenAsked() throws {
        let content = try loadContent(files, includeDrafts: true)
        #expect(content.page(at: "/es/guias/borrador/")?.frontMatter.draft == true)
    }
}
