import FaroContent
import FaroCore
import Foundation

/// Checks every link and image in the pages' Markdown: site links must reach a page or file, in every
/// language; anchors must exist on the target page; images must have alternative text.
struct LinkCheckStep: BuildStep {
    let name = "check links"
    /// Anchors every page has from the theme (skip link, language list) or from cmark-gfm footnotes.
    static let themeAnchors: Set<String> = ["main", "languages"]

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let config = content.config
        // What links may reach is gathered only when links are checked (`broken_links` is not `ignore`).
        var anchors: [String: Set<String>] = [:]
        var files: Set<String> = []
        if config.brokenLinks != nil {
            anchors.reserveCapacity(context.pageLinks.count)
            for page in context.pageLinks { anchors[page.route.path] = page.anchors }
            files = Set(content.staticFiles.map { "/" + $0.target })
            for path in (context.writer?.writtenPaths ?? []) + context.earlierOutput { files.insert("/" + path) }
            for links in context.printLinks.values { for link in links { files.insert(link.url) } }
        }
        for page in context.pageLinks where !page.isFallback {
            for reference in page.references {
                if reference.isImage && reference.alt.isEmpty {
                    context.log.error(LinkProblem.missingAltText(reference.written), at: page.location(of: reference))
                }
                guard let severity = config.brokenLinks,
                      let target = SiteLink(reference.url, basePath: config.basePath, from: page.route) else { continue }
                if let pageAnchors = anchors[target.path] ?? anchors[target.path + "/"] {
                    if let anchor = target.fragment, !anchor.isEmpty, !anchor.hasPrefix("fn"), !pageAnchors.contains(anchor),
                       !Self.themeAnchors.contains(anchor) {
                        context.log.report(Diagnostic(severity, at: page.location(of: reference), LinkProblem.missingAnchor(url: reference.written, anchor: anchor)))
                    }
                } else if !files.contains(target.path) && !files.contains(target.path + "index.html") && !Self.generated(target.path) {
                    context.log.report(Diagnostic(severity, at: page.location(of: reference), LinkProblem.brokenLink(reference.written)))
                }
            }
        }
    }

    /// Files the build writes after this step in check mode, or that a server provides.
    static func generated(_ path: String) -> Bool {
        ["/", "/sitemap.xml", "/robots.txt", "/404.html"].contains(path) || path.hasSuffix("/atom.xml")
            || path.hasPrefix("/data/") || path.hasSuffix(".pdf") || path.hasPrefix("/offline/")
    }
}

/// A link inside the site, as a site path (without the base path) and an optional fragment.
struct SiteLink {
    let path: String
    let fragment: String?

    /// Nil for links that leave the site (`https:`, `mailto:`, `tel:`, `//host`).
    init?(_ url: String, basePath: String, from page: Route) {
        var rest = Substring(url)
        if rest.hasPrefix("//") || URLScheme.has(String(rest)) { return nil }
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        var path = String(rest).removingPercentEncoding ?? String(rest)
        if path.isEmpty {
            path = page.path
        } else if path.hasPrefix(basePath) {
            path = "/" + path.dropFirst(basePath.count)
        } else if path.hasPrefix("/") {
            path = "/" + path.dropFirst()
        } else {
            path = page.path + path
        }
        self.path = path
        self.fragment = fragment
    }
}
