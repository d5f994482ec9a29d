import FaroCore
import FaroYAML
import Foundation

/// Reads the content folder into `SiteContent`: `site.yaml`, every Markdown page in every language,
/// the sections they form and the files copied beside them. Reports every problem of the folder at once.
public struct ContentLoader: Sendable {
    /// Root folders of the content folder that are not pages.
    static let reservedFolders: Set<String> = ["directory", "i18n", "static"]

    /// The content folder.
    public let contentURL: URL
    /// How messages name the content folder (`Content`).
    public let displayRoot: String
    /// Whether pages marked `draft: true` are kept.
    public let includeDrafts: Bool
    /// The content folder's path ending in `/`, which file paths are made from (cheaper than a URL per file).
    private let folderPath: String

    /// Creates a loader.
    public init(contentURL: URL, displayRoot: String, includeDrafts: Bool = false) {
        self.contentURL = contentURL.standardizedFileURL
        self.displayRoot = displayRoot
        self.includeDrafts = includeDrafts
        let path = self.contentURL.path
        self.folderPath = path.hasSuffix("/") ? path : path + "/"
    }

    /// How messages name a file inside the content folder.
    public func displayPath(_ relativePath: String) -> String {
        displayRoot.isEmpty ? relativePath : displayRoot + "/" + relativePath
    }

    /// Reads everything; throws all problems found together.
    public func load() throws(DiagnosticsError) -> SiteContent {
        let config = try SiteConfigLoader.load(contentURL.appendingPathComponent("site.yaml"), path: displayPath("site.yaml"))
        let scan = ContentScan(root: contentURL, reserved: Self.reservedFolders)
        let (sources, diagnostics) = readSources(scan.markdownFiles, config: config)
        var assembly = SectionAssembly(config: config, sources: sources.filter { includeDrafts || !$0.frontMatter.draft },
                                       resources: scan.otherFiles, displayPath: displayPath)
        let pages = assembly.pages()
        let links = scan.symbolicLinks.map { Diagnostic(at: SourceLocation(file: displayPath($0), line: 0, column: 0), ContentProblem.symbolicLink) }
        let problems = links + diagnostics + assembly.diagnostics + URLClaims.conflicts(in: pages)
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        let staticFiles = scan.staticFiles.map { SiteContent.StaticFile(source: contentURL.appendingPathComponent($0), target: String($0.dropFirst("static/".count))) }
        return SiteContent(config: config, pages: pages, staticFiles: staticFiles + assembly.resourceCopies(contentURL: contentURL))
    }

    /// Reads and decodes every Markdown file, on all cores; order of the result follows `files`.
    func readSources(_ files: [String], config: SiteConfig) -> ([PageSource], [Diagnostic]) {
        let results = ConcurrentMap.map(files) { relativePath -> Result<PageSource, DiagnosticsError> in
            Result { () throws(DiagnosticsError) -> PageSource in try readSource(relativePath, config: config) }
        }
        var sources: [PageSource] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let source): sources.append(source)
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        return (sources, diagnostics)
    }

    func readSource(_ relativePath: String, config: SiteConfig) throws(DiagnosticsError) -> PageSource {
        let path = displayPath(relativePath)
        let fileName = RelativePath.name(of: relativePath)
        let name = ContentFileName(fileName)
        var language = config.defaultLanguage.code
        if let suffix = name.languageSuffix {
            guard config.language(suffix) != nil else {
                throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path, line: 0, column: 0), ContentProblem.unknownLanguageSuffix(suffix))])
            }
            language = suffix
        }
        let text = try SourceText.read(atPath: folderPath + relativePath, displayPath: path)
        let split = try FrontMatterParser.split(text, path: path)
        let frontMatter = try FrontMatterParser.decode(split.yaml, path: path)
        let folder = RelativePath.folder(of: relativePath)
        return PageSource(relativePath: relativePath, displayPath: path, folder: folder, name: name, language: language,
                          frontMatter: frontMatter, body: split.body, bodyLine: split.bodyLine)
    }
}

/// One Markdown file, read and decoded, before its place in the site is known.
struct PageSource: Sendable {
    let relativePath: String
    let displayPath: String
    let folder: String
    let name: ContentFileName
    let language: String
    let frontMatter: FrontMatter
    let body: String
    let bodyLine: Int
}
