import FaroCore

/// Finds URLs claimed twice: two pages, or a page and an alias, that would overwrite each other.
enum URLClaims {
    static func conflicts(in pages: [Page]) -> [Diagnostic] {
        // Pages are referred to by index: sorting and storing whole `Page` values copies them many times over.
        var owners: [Route: Int] = [:]
        var diagnostics: [Diagnostic] = []
        /// An alias is reported at the page that declares it; two pages at the later file.
        func claim(_ route: Route, by index: Int, isAlias: Bool = false) {
            if let otherIndex = owners[route] {
                let page = pages[index], other = pages[otherIndex]
                let (first, second) = isAlias || other.sourcePath <= page.sourcePath ? (other, page) : (page, other)
                diagnostics.append(Diagnostic(at: second.location, ContentProblem.duplicateURL(route.path, other: first.location.file)))
            } else {
                owners[route] = index
            }
        }
        // Real pages claim first; a fallback that collides with another fallback repeats its sources' conflict.
        let ordered = pages.indices.sorted {
            (pages[$0].isFallback ? 1 : 0, pages[$0].sourcePath) < (pages[$1].isFallback ? 1 : 0, pages[$1].sourcePath)
        }
        for index in ordered {
            if pages[index].isFallback, let owner = owners[pages[index].route], pages[owner].isFallback { continue }
            claim(pages[index].route, by: index)
        }
        for index in ordered {
            for alias in pages[index].frontMatter.aliases { claim(Route(sitePath: alias), by: index, isAlias: true) }
        }
        return diagnostics
    }
}
