import FaroCore
import Foundation

/// Places decoded page sources in the site: sections from folders, translated URL segments, routes,
/// and generated section and home pages where a folder or language has no index file.
struct SectionAssembly {
    private let config: SiteConfig
    private let sources: [PageSource]
    private let resources: [String]
    private let displayPath: (String) -> String
    /// Index files by folder, then language.
    private var indexes: [String: [String: PageSource]] = [:]
    /// Problems found while placing pages.
    private(set) var diagnostics: [Diagnostic] = []

    init(config: SiteConfig, sources: [PageSource], resources: [String], displayPath: @escaping (String) -> String) {
        self.config = config
        self.sources = sources
        self.resources = resources
        self.displayPath = displayPath
        for source in sources where source.name.isIndex {
            indexes[source.folder, default: [:]][source.language] = source
        }
    }

    /// Every page, including generated sections and homes.
    mutating func pages() -> [Page] {
        var pages: [Page] = []
        var sectionsNeeded = Set<LanguageFolder>()
        for source in sources {
            if source.name.isIndex {
                pages.append(indexPage(source.folder, language: source.language, source: source))
            } else {
                guard let route = pageRoute(source) else { continue }
                pages.append(Page(sourcePath: source.relativePath, location: SourceLocation(file: source.displayPath, line: 1, column: 1),
                                  language: source.language, translationKey: Self.key(folder: source.folder, base: source.name.base),
                                  kind: .page, parentKey: Self.indexKey(source.folder), frontMatter: source.frontMatter,
                                  body: source.body, bodyLine: source.bodyLine, route: route))
            }
            var folder = source.name.isIndex ? Self.parentFolder(source.folder) : source.folder
            while let current = folder {
                sectionsNeeded.insert(LanguageFolder(language: source.language, folder: current))
                folder = Self.parentFolder(current)
            }
        }
        for language in config.languages { sectionsNeeded.insert(LanguageFolder(language: language.code, folder: "")) }
        for needed in sectionsNeeded.sorted() where indexes[needed.folder]?[needed.language] == nil {
            pages.append(indexPage(needed.folder, language: needed.language, source: nil))
        }
        return pages
    }

    /// Files beside pages, copied to their folder's URL in every language the folder is published in.
    func resourceCopies(contentURL: URL) -> [SiteContent.StaticFile] {
        resources.flatMap { relative -> [SiteContent.StaticFile] in
            let folder = (relative as NSString).deletingLastPathComponent
            let name = (relative as NSString).lastPathComponent
            return config.languages.map { language in
                let route = folderRoute(folder, language: language.code)
                return SiteContent.StaticFile(source: contentURL.appendingPathComponent(relative), target: String(route.path.dropFirst()) + name)
            }
        }
    }

    /// A folder's index page in a language; generated when `source` is nil.
    private func indexPage(_ folder: String, language: String, source: PageSource?) -> Page {
        let fallback = indexes[folder]?[config.defaultLanguage.code]
        let frontMatter = source?.frontMatter ?? FrontMatter(
            title: fallback?.frontMatter.title ?? (folder.isEmpty ? config.title(in: language) : Self.humanize(folder)),
            weight: fallback?.frontMatter.weight)
        let folderResources = resources.filter { ($0 as NSString).deletingLastPathComponent == folder }
        return Page(sourcePath: source?.relativePath ?? folder,
                    location: SourceLocation(file: source?.displayPath ?? displayPath(folder.isEmpty ? "site.yaml" : folder), line: source == nil ? 0 : 1, column: source == nil ? 0 : 1),
                    language: language, translationKey: Self.indexKey(folder), kind: folder.isEmpty ? .home : .section,
                    parentKey: Self.parentFolder(folder).map(Self.indexKey), frontMatter: frontMatter,
                    body: source?.body ?? "", bodyLine: source?.bodyLine ?? 1, route: folderRoute(folder, language: language),
                    resources: folderResources)
    }

    private mutating func pageRoute(_ source: PageSource) -> Route? {
        let segment = source.frontMatter.slug ?? Slug.make(source.name.base)
        guard !segment.isEmpty else {
            diagnostics.append(Diagnostic(at: SourceLocation(file: source.displayPath, line: 0, column: 0), ContentProblem.unusableFileName(source.name.base)))
            return nil
        }
        return folderRoute(source.folder, language: source.language).appending(segment)
    }

    /// `/<lang>/` followed by each folder's segment in that language.
    func folderRoute(_ folder: String, language: String) -> Route {
        var segments = [language]
        var prefix = ""
        for component in folder.split(separator: "/") {
            prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
            let own = indexes[prefix]?[language]?.frontMatter.slug
            let fallback = indexes[prefix]?[config.defaultLanguage.code]?.frontMatter.slug
            segments.append(own ?? fallback ?? Slug.make(String(component)))
        }
        return Route(segments: segments)
    }

    static func key(folder: String, base: String) -> String { folder.isEmpty ? base : folder + "/" + base }
    static func indexKey(_ folder: String) -> String { key(folder: folder, base: "index") }

    static func parentFolder(_ folder: String) -> String? {
        guard !folder.isEmpty else { return nil }
        return (folder as NSString).deletingLastPathComponent
    }

    /// `derechos-humanos` → `Derechos humanos`, for a folder that has no index page to give a title.
    static func humanize(_ folder: String) -> String {
        let name = (folder as NSString).lastPathComponent.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

/// A folder in one language.
struct LanguageFolder: Hashable, Comparable {
    let language: String
    let folder: String
    static func < (a: LanguageFolder, b: LanguageFolder) -> Bool { (a.folder, a.language) < (b.folder, b.language) }
}
