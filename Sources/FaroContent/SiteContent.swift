import FaroCore
import Foundation

/// Everything read from the content folder: the configuration, the pages of every language and the files to copy.
public struct SiteContent: Sendable {
    /// A file copied through to the output unchanged.
    public struct StaticFile: Sendable, Hashable {
        /// Where it is read from.
        public var source: URL
        /// Where it is written, relative to the output folder.
        public var target: String
    }

    /// The validated `site.yaml`.
    public var config: SiteConfig
    /// Every page to render, sorted by route.
    public let pages: [Page]
    /// Files copied through (from `Content/static/` and page folders).
    public var staticFiles: [StaticFile]

    private let childIndex: [String: [Int]]
    private let translationIndex: [String: [Int]]

    /// Creates the content, indexing pages by section and translation.
    public init(config: SiteConfig, pages: [Page], staticFiles: [StaticFile]) {
        self.config = config
        self.pages = pages.sorted { $0.route < $1.route }
        self.staticFiles = staticFiles.sorted { $0.target < $1.target }
        var children: [String: [Int]] = [:]
        var translations: [String: [Int]] = [:]
        for (index, page) in self.pages.enumerated() {
            // Later pages of a split listing belong to their section but are not entries of it.
            if let parent = page.parentKey, (page.pagination?.number ?? 1) == 1 {
                children[page.language + ":" + parent, default: []].append(index)
            }
            translations[page.translationKey, default: []].append(index)
        }
        let pages = self.pages
        self.childIndex = children.mapValues { $0.sorted { PageOrder.precedes(pages[$0], pages[$1]) } }
        self.translationIndex = translations
    }

    /// The same content with more pages (such as the directory's), indexed anew.
    public func adding(_ more: [Page]) -> SiteContent {
        SiteContent(config: config, pages: pages + more, staticFiles: staticFiles)
    }

    /// Problems of pages that claim one URL (or an alias that another page claims).
    public func urlConflicts() -> [Diagnostic] {
        URLClaims.conflicts(in: pages)
    }

    /// The pages and sections directly inside a section (or the home page), in listing order.
    public func children(of page: Page) -> [Page] {
        children(ofKey: page.pagination?.sectionKey ?? page.translationKey, language: page.language)
    }

    /// The pages and sections directly inside the section with a translation key, in listing order.
    public func children(ofKey key: String, language: String) -> [Page] {
        (childIndex[language + ":" + key] ?? []).map { pages[$0] }
    }

    /// The entries a page lists: its children, or its slice of them when the listing is split.
    public func listed(by page: Page) -> [Page] {
        let all = children(of: page)
        guard let pagination = page.pagination else { return all }
        return Array(all.dropFirst((pagination.number - 1) * pagination.size).prefix(pagination.size))
    }

    /// The same page in every language it exists in, in the order of `site.yaml`'s languages.
    public func translations(of page: Page) -> [Page] {
        let found = (translationIndex[page.translationKey] ?? []).map { pages[$0] }
        return config.languages.compactMap { language in found.first { $0.language == language.code } }
    }

    /// The section (or home) a page belongs to, in the page's language.
    public func parent(of page: Page) -> Page? {
        guard let key = page.parentKey else { return nil }
        return (translationIndex[key] ?? []).map { pages[$0] }.first { $0.language == page.language }
    }

    /// The page in the default language that a page translates (nil for a page that is its own source).
    public func source(of page: Page) -> Page? {
        guard page.language != config.defaultLanguage.code else { return nil }
        return (translationIndex[page.translationKey] ?? []).map { pages[$0] }.first { $0.language == config.defaultLanguage.code }
    }

    /// The page with a translation key in a language.
    public func page(key: String, language: String) -> Page? {
        (translationIndex[key] ?? []).map { pages[$0] }.first { $0.language == language }
    }

    /// The home page of a language.
    public func home(in language: String) -> Page? {
        (translationIndex["index"] ?? []).map { pages[$0] }.first { $0.language == language }
    }
}

/// The order of pages in listings: weight, then newest date, then title, then source path.
public enum PageOrder {
    /// Whether `a` is listed before `b`.
    public static func precedes(_ a: Page, _ b: Page) -> Bool {
        let weightA = a.frontMatter.weight ?? Int.max, weightB = b.frontMatter.weight ?? Int.max
        if weightA != weightB { return weightA < weightB }
        if a.frontMatter.date != b.frontMatter.date {
            guard let dateA = a.frontMatter.date else { return false }
            guard let dateB = b.frontMatter.date else { return true }
            return dateA > dateB
        }
        if a.frontMatter.title != b.frontMatter.title { return a.frontMatter.title < b.frontMatter.title }
        return a.sourcePath < b.sourcePath
    }
}
