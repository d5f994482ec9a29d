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

    func inode(_ site: TestSite, _ file: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path(site, "Public/" + file))[.systemFileNumber] as? Int)
    }

    @Test func newTextRendersOnlyThePagesShowingIt() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let builder = IncrementalBuilder()
        let first = await builder.build(options(site), changed: [])
        #expect(first.result.published && first.renderedPages == nil)
        let untouched = try modified(site, "es/otra/index.html")
        let before = try inode(site, "es/solo/index.html")

        try site.write("Content/solo.es.md", "---\ntitle: Solo\n---\n\nTexto nuevo.\n")
        let second = await builder.build(options(site), changed: [path(site, "Content/solo.es.md")])
        #expect(second.result.published)
        // The Spanish page and its fallback under /en/, which shows the Spanish text.
        #expect(second.renderedPages == 2)
        #expect(site.output("es/solo/index.html")?.contains("Texto nuevo.") == true)
        #expect(site.output("en/solo/index.html")?.contains("Texto nuevo.") == true)
        #expect(try modified(site, "es/otra/index.html") == untouched)
        // Replaced by a rename, never truncated in place: the served folder never holds half a page.
        #expect(try inode(site, "es/solo/index.html") != before)
        #expect(!site.tree().keys.contains { $0.hasSuffix(".faro-new") })
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

    /// What an incremental rebuild made: its outcome, the published files, and whether they are exactly
    /// what a full build of the changed site makes.
    struct Rebuild {
        let outcome: IncrementalBuilder.Outcome
        let files: [String: Data]
        let sameAsFull: Bool
        func text(_ path: String) -> String { files[path].map { String(decoding: $0, as: UTF8.self) } ?? "" }
    }

    /// Builds `site`, applies `change` (file → new text) and rebuilds incrementally.
    func rebuild(_ site: TestSite, _ change: [String: String]) async throws -> Rebuild {
        let builder = IncrementalBuilder()
        _ = await builder.build(options(site), changed: [])
        for (file, text) in change { try site.write(file, text) }
        let outcome = await builder.build(options(site), changed: change.keys.map { path(site, $0) })
        let incremental = site.tree()
        _ = await IncrementalBuilder().build(options(site), changed: [])
        return Rebuild(outcome: outcome, files: incremental, sameAsFull: site.tree() == incremental)
    }

    @Test func aNewTitleRendersThePageItsListingsAndTheIndex() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let result = try await rebuild(site, ["Content/otra.es.md": "---\ntitle: Otra con nombre nuevo\n---\n\nOtra página.\n"])
        #expect(result.outcome.renderedPages != nil)
        #expect(result.sameAsFull)
        #expect(result.text("es/otra/index.html").contains("<h1>Otra con nombre nuevo</h1>"))
        #expect(result.text("es/index.html").contains("Otra con nombre nuevo"))   // the home page lists it
        #expect(result.text("en/index.html").contains("Otra con nombre nuevo"))   // and lists its fallback
        #expect(result.text("es/indice/o/index.html").contains("Otra con nombre nuevo"))
    }

    @Test func newDatesAndATranslationsFingerprintMatchAFullBuild() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let dated = try await rebuild(site, ["Content/solo.es.md": "---\ntitle: Solo\ndate: 2026-01-05\n---\n\nSolo en español.\n"])
        #expect(dated.outcome.renderedPages != nil && dated.sameAsFull)
        #expect(dated.text("sitemap.xml").contains("<lastmod>2026-01-05</lastmod>"))
        #expect(dated.text("es/atom.xml").contains("Solo"))

        let stale = "---\ntitle: Guide\ntranslation_of: 0000000000\n---\n\nTranslated.\n"
        let outdated = try await rebuild(site, ["Content/guia.en.md": stale])
        #expect(outdated.outcome.renderedPages != nil && outdated.sameAsFull)
        #expect(outdated.text("en/guia/index.html").contains("may be out of date"))
    }

    @Test func aNewSlugOrANewIndexLetterGetsAFullBuild() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let slug = try await rebuild(site, ["Content/otra.es.md": "---\ntitle: Otra\nslug: la-otra\n---\n\nOtra página.\n"])
        #expect(slug.outcome.renderedPages == nil && slug.sameAsFull)
        #expect(slug.files["es/la-otra/index.html"] != nil)
        let letter = try await rebuild(site, ["Content/otra.es.md": "---\ntitle: Zeta\nslug: la-otra\n---\n\nOtra página.\n"])
        #expect(letter.outcome.renderedPages == nil && letter.sameAsFull)   // the A–Z index gains a page for Z
    }

    @Test func anotherFileGetsAFullBuild() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let builder = IncrementalBuilder()
        _ = await builder.build(options(site), changed: [])

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
