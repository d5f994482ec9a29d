import FaroCore

/// Finds URLs claimed twice: two pages, or a page and an alias, that would overwrite each other.
enum URLClaims {
    static func conflicts(in pages: [Page]) -> [Diagnostic] {
        var owners: [Route: Page] = [:]
        var diagnostics: [Diagnostic] = []
        /// An alias is reported at the page that declares it; two pages at the later file.
        func claim(_ route: Route, by page: Page, isAlias: Bool = false) {
            if let other = owners[route] {
                let (first, second) = isAlias || other.sourcePath <= page.sourcePath ? (other, page) : (page, other)
                diagnostics.append(Diagnostic(at: second.location, ContentProblem.duplicateURL(route.path, other: first.location.file)))
            } else {
                owners[route] = page
            }
        }
        // Real pages claim first; a fallback that collides with another fallback repeats its sources' conflict.
        let ordered = pages.sorted { ($0.isFallback ? 1 : 0, $0.sourcePath) < ($1.isFallback ? 1 : 0, $1.sourcePath) }
        for page in ordered {
            if page.isFallback, owners[page.route]?.isFallback == true { continue }
            claim(page.route, by: page)
        }
        for page in ordered {
            for alias in page.frontMatter.aliases { claim(Route(sitePath: alias), by: page, isAlias: true) }
        }
        return diagnostics
    }
}
