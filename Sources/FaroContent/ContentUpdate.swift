import FaroCore

/// A change to content already loaded that only touched the text below some pages' front matter:
/// the case the preview server rebuilds without reading and placing the whole site again.
public struct ContentUpdate: Sendable {
    /// The content with the new text.
    public let content: SiteContent
    /// The pages whose output changes: every page showing a changed text (fallbacks in other languages
    /// included), and translations whose status against a changed source moved.
    public let affected: [Page]

    /// Rereads the files at `relativePaths` (inside the content folder) and applies them to `content`.
    /// Nil when the change is more than new text: a file that is not one of the site's pages, a front
    /// matter that changed or no longer reads. A full build handles those and reports their problems.
    public static func bodies(of relativePaths: [String], in content: SiteContent, loader: ContentLoader) -> ContentUpdate? {
        var bodies: [String: (body: String, line: Int)] = [:]
        for path in Set(relativePaths) {
            let pages = content.pages.filter { $0.sourcePath == path && !$0.isGenerated && $0.dataKey == nil }
            guard let own = pages.first(where: { !$0.isFallback }),
                  let source = try? loader.readSource(path, config: content.config),
                  source.frontMatter == own.frontMatter, source.language == own.language else { return nil }
            bodies[path] = (source.body, source.bodyLine)
        }
        var pages = content.pages
        var affected: [Int] = []
        var newSources: [String: Page] = [:]
        for index in pages.indices {
            let page = pages[index]
            guard let new = bodies[page.sourcePath], !page.isGenerated, page.dataKey == nil else { continue }
            var updated = Page(sourcePath: page.sourcePath, location: page.location, language: page.language,
                               translationKey: page.translationKey, kind: page.kind, parentKey: page.parentKey,
                               frontMatter: page.frontMatter, body: new.body, bodyLine: new.line, route: page.route,
                               resources: page.resources, contentLanguage: page.contentLanguage, status: page.status,
                               isGenerated: page.isGenerated)
            updated.pagination = page.pagination
            pages[index] = updated
            affected.append(index)
            if page.language == content.config.defaultLanguage.code { newSources[page.translationKey] = updated }
        }
        // A translation names its source's fingerprint; new source text can make it outdated (or current again).
        for index in pages.indices where !affected.contains(index) {
            let page = pages[index]
            guard page.language != content.config.defaultLanguage.code, !page.isFallback,
                  let source = newSources[page.translationKey] else { continue }
            let status = SectionAssembly.status(of: page.frontMatter, against: source)
            if status != page.status {
                pages[index].status = status
                affected.append(index)
            }
        }
        let updated = SiteContent(config: content.config, pages: pages, staticFiles: content.staticFiles)
        return ContentUpdate(content: updated, affected: affected.map { pages[$0] })
    }
}
