import FaroBuild
import FaroCompression
import FaroCore
import FaroTestSupport
import Foundation
import Testing

/// The real portal (this repository's `Content/` and default theme) keeps its promise to readers on 2G:
/// every page fits the first round trip gzipped, runs no script and loads nothing from another host.
@Suite struct PageWeightTests {
    /// The budget of `Content/site.yaml` (`page_budget_kb: 14`), in bytes.
    static let budget = 14 * 1024

    /// The built portal's HTML pages: path and text.
    static func buildPortal() async throws -> (site: TestSite, pages: [(path: String, html: String)]) {
        let repository = TestSite.repositoryTheme.deletingLastPathComponent().deletingLastPathComponent()
        let site = try TestSite([:], config: nil, theme: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Content"), to: site.root.appendingPathComponent("Content"))
        let result = await site.build()
        #expect(result.published, "\(result.errors)")
        let pages = site.tree().filter { $0.key.hasSuffix(".html") }.sorted { $0.key < $1.key }
            .map { (path: $0.key, html: String(decoding: $0.value, as: UTF8.self)) }
        return (site, pages)
    }

    @Test func every_page_of_the_portal_fits_the_budget_gzipped_has_no_script_and_no_external_asset() async throws {
        let (site, pages) = try await Self.buildPortal()
        defer { site.remove() }
        #expect(pages.count > 100)
        var sizes: [Int] = []
        let meter = WireSizeMeter()
        for (path, html) in pages {
            let size = meter.gzipSize(of: Data(html.utf8))
            sizes.append(size)
            // The build's quick estimate for pages well within the budget must never be under what nginx sends.
            if let estimate = meter.upperEstimate(of: Data(html.utf8)) {
                #expect(estimate >= size, "\(path): estimated \(estimate) B, sent \(size) B")
            }
            #expect(size <= Self.budget, "\(path) is \(size) bytes gzipped")
            #expect(PageAudit.scripts(in: html).isEmpty, "\(path) has a script")
            #expect(PageAudit.externalAssets(in: html, siteHost: "example.org").isEmpty, "\(path) loads from another host")
        }
        sizes.sort()
        print("page weight: \(pages.count) pages, median \(sizes[sizes.count / 2]) B, max \(sizes.last ?? 0) B gzipped")
    }

    @Test func a_page_over_the_budget_is_reported_with_its_exact_size_and_light_pages_with_an_upper_estimate() async throws {
        // About 40 KB of words that repeat little: well over a 14 KB budget even gzipped.
        var generator = SplitMix(seed: 11)
        let words = (0..<6_000).map { _ in String(generator.next() >> 40, radix: 36) }
        let site = try TestSite([
            "Content/index.es.md": page("title: Inicio"),
            "Content/pesada.es.md": page("title: Pesada", words.joined(separator: " ")),
            "Content/ligera.es.md": page("title: Ligera", "Un párrafo corto."),
        ], config: "title: {es: Prueba}\nbase_url: https://example.org/\nlanguages:\n  - {code: es, name: Español, default: true}\n")
        defer { site.remove() }
        let result = await site.build()
        #expect(result.published)
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        let weights = Dictionary(uniqueKeysWithValues: result.report.pageWeights.map { ($0.path, $0) })
        let heavy = try #require(weights["/es/pesada/"])
        #expect(heavy.exact)
        let html = try #require(site.output("es/pesada/index.html"))
        #expect(heavy.gzipBytes == Compression.gzipSize(Data(html.utf8)))
        #expect(warnings.count == 1)
        #expect(warnings.first?.problem as? PageWeightProblem == .overBudget(path: "/es/pesada/", bytes: heavy.gzipBytes, budget: Self.budget))
        #expect(warnings.first?.location.file.hasSuffix("pesada.es.md") == true)
        let light = try #require(weights["/es/ligera/"])
        #expect(!light.exact)
        #expect(light.gzipBytes >= Compression.gzipSize(Data(try #require(site.output("es/ligera/index.html")).utf8)))
    }

    @Test func the_audit_finds_scripts_and_assets_from_other_hosts() {
        let html = """
        <script type="application/ld+json">{}</script><script src="/a.js"></script>
        <link rel="stylesheet" href="https://cdn.example.net/a.css"><link rel="canonical" href="https://example.net/">
        <link rel="icon" href="/favicon.ico"><img src="//img.example.net/a.png" alt=""><img src="https://example.org/b.png" alt="">
        """
        #expect(PageAudit.scripts(in: html) == ["<script src=\"/a.js\">"])
        #expect(PageAudit.externalAssets(in: html, siteHost: "example.org") == ["//img.example.net/a.png", "https://cdn.example.net/a.css"])
    }
}

/// What the page check looks for in built HTML (Faro's own, with double-quoted attributes).
enum PageAudit {
    /// Opening `<script>` tags other than JSON-LD data, which browsers never run.
    static func scripts(in html: String) -> [String] {
        let tag = try! Regex(#"<script\b[^>]*>"#)
        return html.matches(of: tag).map { String(html[$0.range]) }.filter { !$0.contains("type=\"application/ld+json\"") }
    }

    /// URLs of another host in any `src`, or in the `href` of a `<link>` that loads something (not
    /// `canonical`, `alternate` and the like, which only name pages).
    static func externalAssets(in html: String, siteHost: String) -> [String] {
        let sources = try! Regex(#"\ssrc="([^"]*)""#, as: (Substring, Substring).self)
        let links = try! Regex(#"<link\b[^>]*>"#)
        let href = try! Regex(#"\shref="([^"]*)""#, as: (Substring, Substring).self)
        let rel = try! Regex(#"\srel="([^"]*)""#, as: (Substring, Substring).self)
        let naming: Set<String> = ["canonical", "alternate", "author", "license", "help", "next", "prev", "search", "me"]
        var urls = html.matches(of: sources).map { String($0.output.1) }
        for link in html.matches(of: links).map({ String(html[$0.range]) }) {
            let rels = link.firstMatch(of: rel).map { $0.output.1.split(separator: " ").map(String.init) } ?? []
            guard rels.contains(where: { !naming.contains($0.lowercased()) }), let target = link.firstMatch(of: href) else { continue }
            urls.append(String(target.output.1))
        }
        return urls.filter { url in
            guard url.hasPrefix("//") || url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") else { return false }
            let host = url.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
            return host.lowercased() != siteHost
        }
    }
}
