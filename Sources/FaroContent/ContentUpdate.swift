import FaroCore

/// A change to content already loaded that leaves the site's shape alone: new text in some pages, or new
/// front matter in regular pages that keeps their URLs. The case the preview server rebuilds without
/// reading and placing the whole site again.
public struct ContentUpdate: Sendable {
    /// The content with the changes.
    public let content: SiteContent
    /// The pages whose output changes: every page showing a changed file (fallbacks in other languages
    /// included), translations whose status against a changed source moved, and, when front matter
    /// changed, the section pages listing those pages (all pages of a split listing).
    public let affected: [Page]
    /// Whether some front matter changed, which can also change the A–Z index, the feeds and the sitemap.
    public let frontMatterChanged: Bool
    /// Whether some page's `date` or `updated` changed (the sitemap's `lastmod`).
    public let datesChanged: Bool
    /// The languages with an affected page.
    public var languages: Set<String> { Set(affected.map(\.language)) }

    /// Rereads the files at `relativePaths` (inside the content folder) and applies them to `content`.
    /// Nil when the change may move things around: a file that is not one of the site's pages, a section
    /// or home page whose front matter changed, a new slug, aliases or draft state, or a front matter that
    /// no longer reads. A full build handles those and reports their problems.
    public static func pages(of relativePaths: [String], in content: SiteContent, loader: ContentLoader) -> ContentUpdate? {
        var sources: [String: PageSource] = [:]
        var frontMatterChanged = false, datesChanged = false
        for path in Set(relativePaths) {
            let pages = content.pages.filter { $0.sourcePath == path && !$0.isGenerated && $0.dataKey == nil }
            guard let own = pages.first(where: { !$0.isFallback }),
                  let source = try? loader.readSource(path, config: content.config), source.language == own.language else { return nil }
            let old = own.frontMatter, new = source.frontMatter
            if new != old {
                guard own.kind == .page, new.slug == old.slug, new.aliases == old.aliases, new.draft == old.draft else { return nil }
                frontMatterChanged = true
                datesChanged = datesChanged || new.date != old.date || new.updated != old.updated
            }
            sources[path] = source
        }
        let defaultCode = content.config.defaultLanguage.code
        var pages = content.pages
        var affected = Set<Int>()
        var newSources: [String: Page] = [:]
        var listedBy: Set<String> = []   // "language:key" of sections that list a changed page
        for index in pages.indices {
            let page = pages[index]
            guard let source = sources[page.sourcePath], !page.isGenerated, page.dataKey == nil else { continue }
            var frontMatter = source.frontMatter
            if page.isFallback { frontMatter.aliases = [] }   // as the first build made the fallback
            if frontMatter != page.frontMatter, let parent = page.parentKey { listedBy.insert(page.language + ":" + parent) }
            var updated = Page(sourcePath: page.sourcePath, location: page.location, language: page.language,
                               translationKey: page.translationKey, kind: page.kind, parentKey: page.parentKey,
                               frontMatter: frontMatter, body: source.body, bodyLine: source.bodyLine, route: page.route,
                               resources: page.resources, contentLanguage: page.contentLanguage, status: page.status,
                               isGenerated: page.isGenerated)
            updated.pagination = page.pagination
            pages[index] = updated
            affected.insert(index)
            if page.language == defaultCode { newSources[page.translationKey] = updated }
        }
        let changedKeys = Set(affected.map { pages[$0].translationKey })
        for index in pages.indices where !affected.contains(index) {
            let page = pages[index]
            // A translation names its source's fingerprint; a new source, or a new `translation_of` or
            // `review`, can make it outdated, current or draft.
            if page.language != defaultCode, !page.isFallback, changedKeys.contains(page.translationKey),
               let source = newSources[page.translationKey] {
                let status = SectionAssembly.status(of: page.frontMatter, against: source)
                if status != page.status {
                    pages[index].status = status
                    affected.insert(index)
                }
            }
            // Sections show their pages' titles, descriptions and dates, in an order those can change.
            let sectionKey = page.pagination?.sectionKey ?? page.translationKey
            if listedBy.contains(page.language + ":" + sectionKey) { affected.insert(index) }
        }
        // Translations of a changed page whose own front matter changed (review, translation_of).
        for index in affected where pages[index].language != defaultCode && !pages[index].isFallback {
            let page = pages[index]
            guard sources[page.sourcePath] != nil,
                  let source = pages.first(where: { $0.translationKey == page.translationKey && $0.language == defaultCode }) else { continue }
            pages[index].status = SectionAssembly.status(of: page.frontMatter, against: source)
        }
        let updated = SiteContent(config: content.config, pages: pages, staticFiles: content.staticFiles)
        return ContentUpdate(content: updated, affected: affected.sorted().map { pages[$0] },
                             frontMatterChanged: frontMatterChanged, datesChanged: datesChanged)
    }
}
