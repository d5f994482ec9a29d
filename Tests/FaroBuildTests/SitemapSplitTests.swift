@testable import FaroBuild
import FaroCore
import Foundation
import Testing

/// A sitemap holds at most 50,000 URLs and 50 MB; a bigger site gets several and an index of them.
@Suite struct SitemapSplitTests {
    func site() throws -> TestSite {
        try TestSite([
            "Content/index.es.md": page("title: Inicio"),
            "Content/index.en.md": page("title: Home"),
            "Content/a.es.md": page("title: A\ndate: 2021-01-14"),
            "Content/b.es.md": page("title: B"),
            "Content/c.es.md": page("title: C"),
        ])
    }

    /// Builds with a sitemap step of the given limits; returns the published sitemap files by name.
    func sitemaps(_ site: TestSite, _ step: SitemapStep) async throws -> [String: String] {
        var options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: site.root.appendingPathComponent("Public"),
                                   workingDirectory: site.root)
        options.pdf = .skip
        let steps = Pipeline.standard(writesOutput: true).steps.map { $0 is SitemapStep ? step : $0 }
        #expect(await Pipeline(steps: steps).run(options).published)
        return site.tree().filter { $0.key.hasPrefix("sitemap") && $0.key.hasSuffix(".xml") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func locations(_ xml: String) -> [String] {
        xml.components(separatedBy: "<url><loc>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func aSmallSiteHasOneSitemap() async throws {
        let site = try site()
        defer { site.remove() }
        let files = try await sitemaps(site, SitemapStep())
        #expect(files.keys.sorted() == ["sitemap.xml"])
        #expect(files["sitemap.xml"]?.contains("<urlset") == true)
    }

    @Test func moreURLsThanOneSitemapHoldsGoIntoSeveralWithAnIndex() async throws {
        let site = try site()
        defer { site.remove() }
        let whole = locations(try await sitemaps(site, SitemapStep())["sitemap.xml"] ?? "")
        let files = try await sitemaps(site, SitemapStep(maximumURLs: 2))
        let parts = files.keys.filter { $0 != "sitemap.xml" }.sorted()
        #expect(parts.count == (whole.count + 1) / 2)
        let index = try #require(files["sitemap.xml"])
        #expect(index.contains("<sitemapindex"))
        for name in parts {
            #expect(index.contains("<sitemap><loc>https://example.org/\(name)</loc></sitemap>"))
            #expect(locations(files[name] ?? "").count <= 2)
        }
        #expect(parts.flatMap { locations(files[$0] ?? "") } == whole)
    }

    @Test func aSitemapStaysUnderItsByteLimit() async throws {
        let site = try site()
        defer { site.remove() }
        let limit = 700
        let files = try await sitemaps(site, SitemapStep(maximumBytes: limit))
        #expect(files.count > 2)
        for (name, xml) in files where name != "sitemap.xml" {
            #expect(xml.utf8.count <= limit, "\(name) has \(xml.utf8.count) bytes")
        }
    }
}
