import FaroCore
import Foundation

/// Places decoded page sources in the site: sections from folders, translated URL segments, routes,
/// the translation status of every page, fallback pages for missing translations, and generated
/// section and home pages where a folder has no index file at all.
struct SectionAssembly: Sendable {
    private let config: SiteConfig
    private let sources: [PageSource]
    private let resources: [String]
    private let displayPath: @Sendable (String) -> String
    /// Index files by folder, then language.
    private var indexes: [String: [String: PageSource]] = [:]
    /// Resources by folder, in the order of `resources`.
    private var resourcesByFolder: [String: [String]] = [:]
    /// Problems found while placing pages.
    private(set) var diagnostics: [Diagnostic] = []

    init(config: SiteConfig, sources: [PageSource], resources: [String], displayPath: @escaping @Sendable (String) -> String) {
        self.config = config
        self.sources = sources
        self.resources = resources
        self.displayPath = displayPath
        for source in sources where source.name.isIndex {
            indexes[source.folder, default: [:]][source.language] = source
        }
        for resource in resources {
            resourcesByFolder[RelativePath.folder(of: resource), default: []].append(resource)
        }
    }

    private var defaultCode: String { config.defaultLanguage.code }

    /// Every page: the files' own, fallbacks for missing translations, and generated sections and homes.
    mutating func pages() -> [Page] {
        // Sources are placed on all cores: each makes its slug, folder route and resources list.
        let assembly = self
        var pages: [Page] = []
        for placed in ConcurrentMap.map(sources, { assembly.page(from: $0) }) {
            switch placed {
            case .success(let page): pages.append(page)
            case .failure(let problem): diagnostics.append(problem.diagnostic)
            }
        }
        // Pages are referred to by index: a `Page` is large, and copying it into dictionaries and filtered arrays showed in profiles.
        let originals = pages.indices.filter { pages[$0].language == defaultCode }
        let sourceByKey = Dictionary(originals.map { (pages[$0].translationKey, $0) }, uniquingKeysWith: { a, _ in a })
        for index in pages.indices where pages[index].language != defaultCode {
            guard let source = sourceByKey[pages[index].translationKey] else { continue }
            pages[index].status = Self.status(of: pages[index].frontMatter, against: pages[source])
        }
        let present = Set(pages.map { $0.language + ":" + $0.translationKey })
        for language in config.languages where !language.isDefault {
            for original in originals where !present.contains(language.code + ":" + pages[original].translationKey) {
                pages.append(fallback(for: pages[original], in: language.code))
            }
        }
        pages += generatedSections(around: pages)
        return pages
    }

    /// Current when the translation names the source's present hash; draft wins over both.
    static func status(of translation: FrontMatter, against source: Page) -> TranslationStatus {
        if translation.review == .draft { return .draft }
        // A translation that names no fingerprint is outdated whatever the source says; no need to hash it.
        guard let named = translation.translationOf else { return .outdated }
        return named == source.contentHash ? .current : .outdated
    }

    /// Files beside pages, copied to their folder's URL in every language.
    func resourceCopies(contentURL: URL) -> [SiteContent.StaticFile] {
        resources.flatMap { relative -> [SiteContent.StaticFile] in
            let folder = RelativePath.folder(of: relative)
            let name = RelativePath.name(of: relative)
            return config.languages.map { language in
                let route = folderRoute(folder, language: language.code)
                return SiteContent.StaticFile(source: contentURL.appendingPathComponent(relative), target: String(route.path.dropFirst()) + name)
            }
        }
    }

    private func page(from source: PageSource) -> Result<Page, UnplaceablePage> {
        let location = SourceLocation(file: source.displayPath, line: 1, column: 1)
        if source.name.isIndex {
            return .success(Page(sourcePath: source.relativePath, location: location, language: source.language,
                                 translationKey: Self.indexKey(source.folder), kind: source.folder.isEmpty ? .home : .section,
                                 parentKey: Self.parentFolder(source.folder).map(Self.indexKey), frontMatter: source.frontMatter,
                                 body: source.body, bodyLine: source.bodyLine, route: folderRoute(source.folder, language: source.language),
                                 resources: resources(in: source.folder)))
        }
        let segment = source.frontMatter.slug ?? Slug.make(source.name.base)
        guard !segment.isEmpty else {
            return .failure(UnplaceablePage(diagnostic: Diagnostic(at: SourceLocation(file: source.displayPath, line: 0, column: 0),
                                                                   ContentProblem.unusableFileName(source.name.base))))
        }
        return .success(Page(sourcePath: source.relativePath, location: location, language: source.language,
                             translationKey: Self.key(folder: source.folder, base: source.name.base), kind: .page,
                             parentKey: Self.indexKey(source.folder), frontMatter: source.frontMatter, body: source.body,
                             bodyLine: source.bodyLine, route: folderRoute(source.folder, language: source.language).appending(segment)))
    }

    /// The default-language page shown under another language's URL, marked as a missing translation.
    private func fallback(for original: Page, in language: String) -> Page {
        let folder = Self.folder(ofKey: original.translationKey)
        var route = folderRoute(folder, language: language)
        if original.kind == .page, let segment = original.route.segments.last { route = route.appending(segment) }
        // A copy keeps the original's content hash: the title and body are the same, so hashing them again is wasted.
        var copy = original
        copy.language = language
        copy.route = route
        copy.contentLanguage = original.language
        copy.status = .missing
        copy.frontMatter.aliases = []
        return copy
    }

    /// Section pages for folders (and homes for languages) that no file gives an index page.
    private func generatedSections(around pages: [Page]) -> [Page] {
        let existing = Set(pages.map { $0.language + ":" + $0.translationKey })
        var needed = Set<LanguageFolder>()
        for page in pages {
            let own = Self.folder(ofKey: page.translationKey)
            var folder: String? = page.kind == .page ? own : Self.parentFolder(own)
            while let current = folder {
                needed.insert(LanguageFolder(language: page.language, folder: current))
                folder = Self.parentFolder(current)
            }
        }
        for language in config.languages { needed.insert(LanguageFolder(language: language.code, folder: "")) }
        return needed.sorted().filter { !existing.contains($0.language + ":" + Self.indexKey($0.folder)) }.map { needed in
            let title = needed.folder.isEmpty ? config.title(in: needed.language) : Self.humanize(needed.folder)
            return Page(sourcePath: needed.folder,
                        location: SourceLocation(file: displayPath(needed.folder.isEmpty ? "site.yaml" : needed.folder), line: 0, column: 0),
                        language: needed.language, translationKey: Self.indexKey(needed.folder), kind: needed.folder.isEmpty ? .home : .section,
                        parentKey: Self.parentFolder(needed.folder).map(Self.indexKey), frontMatter: FrontMatter(title: title),
                        body: "", bodyLine: 1, route: folderRoute(needed.folder, language: needed.language),
                        resources: resources(in: needed.folder), isGenerated: true)
        }
    }

    private func resources(in folder: String) -> [String] {
        resourcesByFolder[folder] ?? []
    }

    /// `/<lang>/` followed by each folder's segment in that language (its own slug, the default language's, or the folder name).
    func folderRoute(_ folder: String, language: String) -> Route {
        var segments = [language]
        var prefix = ""
        for component in folder.split(separator: "/") {
            prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
            let own = indexes[prefix]?[language]?.frontMatter.slug
            let fallback = indexes[prefix]?[defaultCode]?.frontMatter.slug
            segments.append(own ?? fallback ?? Slug.make(String(component)))
        }
        return Route(segments: segments)
    }

    static func key(folder: String, base: String) -> String { folder.isEmpty ? base : folder + "/" + base }
    static func indexKey(_ folder: String) -> String { key(folder: folder, base: "index") }

    /// The folder a page's file is in, from its translation key.
    static func folder(ofKey key: String) -> String {
        RelativePath.folder(of: key)
    }

    static func parentFolder(_ folder: String) -> String? {
        guard !folder.isEmpty else { return nil }
        return RelativePath.folder(of: folder)
    }

    /// `derechos-humanos` → `Derechos humanos`, for a folder that has no index page to give a title.
    static func humanize(_ folder: String) -> String {
        let name = RelativePath.name(of: folder).replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

/// A source file that cannot become a page, with the problem that says why.
private struct UnplaceablePage: Error {
    let diagnostic: Diagnostic
}

/// A folder in one language.
struct LanguageFolder: Hashable, Comparable {
    let language: String
    let folder: String
    static func < (a: LanguageFolder, b: LanguageFolder) -> Bool { (a.folder, a.language) < (b.folder, b.language) }
}
