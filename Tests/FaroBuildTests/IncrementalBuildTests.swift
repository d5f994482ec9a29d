import FaroBuild
import FaroCore
import Foundation
import Testing

/// The preview's incremental rebuild: a save that changes only pages' text renders just the pages showing it;
/// anything else gets a full build, and the result always matches what a full build makes.
@Suite struct IncrementalBuildTests {
    static let source = "---\ntitle: Fuente\n---\n\nTexto original.\n"
    static var sourceHash: String { ContentHash.of("Fuente" + "\n\n" + "\nTexto original.\n") }

    func makeSite() throws -> TestSite {
        try TestSite([
            "Content/guia.es.md": Self.source,
            "Content/guia.en.md": "---\ntitle: Guide\ntranslation_of: \(Self.sourceHash)\n---\n\nTranslated.\n",
            "Content/solo.es.md": "---\ntitle: Solo\n---\n\nSolo en español.\n",
            "Content/otra.es.md": "---\ntitle: Otra\n---\n\nOtra página.\n",
        ])
    }

    func options(_ site: TestSite) -> BuildOptions {
        var options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: site.root.appendingPathComponent("Public"),
                                   workingDirectory: site.root)
        options.pdf = .skip
        options.preview = true
        return options
    }

    func path(_ site: TestSite, _ file: String) -> String { site.root.appendingPathComponent(file).path }

    func modified(_ site: TestSite, _ file: String) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: path(site, "Public/" + file))[.modificationDate] as? Date)
    }

    @Test func newTextRendersOnlyThePagesShowingIt() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let builder = IncrementalBuilder()
        let first = await builder.build(options(site), changed: [])
        #expect(first.result.published && first.renderedPages == nil)
        let untouched = try modified(site, "es/otra/index.html")

        try site.write("Content/solo.es.md", "---\ntitle: Solo\n---\n\nTexto nuevo.\n")
        let second = await builder.build(options(site), changed: [path(site, "Content/solo.es.md")])
        #expect(second.result.published)
        // The Spanish page and its fallback under /en/, which shows the Spanish text.
        #expect(second.renderedPages == 2)
        #expect(site.output("es/solo/index.html")?.contains("Texto nuevo.") == true)
        #expect(site.output("en/solo/index.html")?.contains("Texto nuevo.") == true)
        #expect(try modified(site, "es/otra/index.html") == untouched)
        #expect(second.result.report.pageCount == first.result.report.pageCount)
    }

    @Test func newSourceTextMarksItsTranslationOutdated() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let builder = IncrementalBuilder()
        _ = await builder.build(options(site), changed: [])
        #expect(site.output("en/guia/index.html")?.contains("may be out of date") == false)

        try site.write("Content/guia.es.md", "---\ntitle: Fuente\n---\n\nTexto cambiado.\n")
        let outcome = await builder.build(options(site), changed: [path(site, "Content/guia.es.md")])
        #expect(outcome.renderedPages == 2)
        #expect(site.output("en/guia/index.html")?.contains("may be out of date") == true)
    }

    @Test func theSameFilesAsAFullBuild() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let builder = IncrementalBuilder()
        _ = await builder.build(options(site), changed: [])
        try site.write("Content/guia.es.md", "---\ntitle: Fuente\n---\n\nTexto cambiado con [enlace](/es/otra/).\n")
        _ = await builder.build(options(site), changed: [path(site, "Content/guia.es.md")])
        let incremental = site.tree()

        let fresh = await IncrementalBuilder().build(options(site), changed: [])
        #expect(fresh.result.published)
        #expect(site.tree() == incremental)
    }

    @Test func aChangedFrontMatterOrAnotherFileGetsAFullBuild() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let builder = IncrementalBuilder()
        _ = await builder.build(options(site), changed: [])

        try site.write("Content/otra.es.md", "---\ntitle: Otra con nombre nuevo\n---\n\nOtra página.\n")
        let title = await builder.build(options(site), changed: [path(site, "Content/otra.es.md")])
        #expect(title.renderedPages == nil)
        #expect(site.output("es/index.html")?.contains("Otra con nombre nuevo") == true)   // the home page lists it

        try site.write("Content/site.yaml", TestSite.bilingualConfig)
        let config = await builder.build(options(site), changed: [path(site, "Content/site.yaml")])
        #expect(config.renderedPages == nil)

        try site.write("Content/nueva.es.md", "---\ntitle: Nueva\n---\n\nNueva.\n")
        let added = await builder.build(options(site), changed: [path(site, "Content/nueva.es.md")])
        #expect(added.renderedPages == nil)
        #expect(site.output("es/nueva/index.html") != nil)
    }

    @Test func aProblemInTheNewTextIsReportedAsAFullBuildReportsIt() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let builder = IncrementalBuilder()
        _ = await builder.build(options(site), changed: [])
        try site.write("Content/solo.es.md", "---\ntitle: Solo\n---\n\nVer [nada](/es/no-existe/).\n")
        let broken = await builder.build(options(site), changed: [path(site, "Content/solo.es.md")])
        #expect(!broken.result.published)
        #expect(broken.result.diagnostics.contains { $0.severity == .error && $0.location.file == "Content/solo.es.md" })

        // Fixed again: the builder has no good build to start from, so it builds everything.
        try site.write("Content/solo.es.md", "---\ntitle: Solo\n---\n\nArreglado.\n")
        let fixed = await builder.build(options(site), changed: [path(site, "Content/solo.es.md")])
        #expect(fixed.result.published && fixed.renderedPages == nil)
        #expect(site.output("es/solo/index.html")?.contains("Arreglado.") == true)
    }
}
