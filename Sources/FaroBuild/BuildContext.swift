import FaroContent
import FaroCore
import FaroDirectory
import FaroI18n
import FaroTheme
import Foundation

/// The value that the build's steps share, each step filling in what later steps read.
public struct BuildContext: Sendable {
    /// The options of this run.
    public let options: BuildOptions
    /// Every diagnostic of the run.
    public let log: DiagnosticLog
    /// Counts for the summary.
    public var report = BuildReport()
    /// The content, once loaded.
    public var content: SiteContent?
    /// The theme, once loaded.
    public var theme: Theme?
    /// UI strings, once loaded.
    public var strings: StringCatalog?
    /// The directory's records, once loaded (nil when the site has none).
    public var directory: Directory?
    /// The directory as pages, once placed.
    var directorySite: DirectorySite?
    /// PDFs made for pages, by `translationKey:language`.
    public var printLinks: [String: [PrintLink]] = [:]
    /// Scaled-down copies to publish instead of the originals, by source path.
    var imageReplacements: [String: URL] = [:]
    /// Pixel size of each published image, by its site href.
    var imageSizes: [String: ImageSize] = [:]
    /// The A–Z and topic index, once placed.
    var siteIndex: SiteIndex?
    /// Links, images and anchors of every rendered page, for the link check.
    var pageLinks: [PageLinks] = []
    /// Files of the output folder that an incremental build leaves as an earlier build wrote them.
    var earlierOutput: [String] = []
    /// Where files are written during the build; nil when only checking.
    public var writer: OutputWriter?
    /// The output folder being replaced; nil when only checking.
    public var outputFolder: OutputFolder?

    /// Creates an empty context.
    public init(options: BuildOptions, log: DiagnosticLog = DiagnosticLog()) {
        self.options = options
        self.log = log
    }

    /// The content, or an internal error if a step runs before it is loaded.
    func requireContent() throws -> SiteContent {
        guard let content else { throw BuildProblem.stepOrder("content is not loaded") }
        return content
    }

    /// The theme, or an internal error if a step runs before it is loaded.
    func requireTheme() throws -> (Theme, StringCatalog) {
        guard let theme, let strings else { throw BuildProblem.stepOrder("theme is not loaded") }
        return (theme, strings)
    }
}

/// What a build made, for the summary line.
public struct BuildReport: Sendable, Equatable {
    /// HTML pages written, by language code.
    public var pagesByLanguage: [String: Int] = [:]
    /// Other files written (sitemap, copies, redirects).
    public var otherFiles = 0
    /// PDFs made.
    public var pdfCount = 0
    /// Directory records published.
    public var recordCount = 0
    /// The gzipped size of every HTML page: exact near the budget, an upper estimate below it.
    public var pageWeights: [PageWeight] = []

    /// The heaviest pages first.
    public func heaviest(_ count: Int) -> [PageWeight] {
        Array(pageWeights.sorted { ($0.gzipBytes, $0.path) > ($1.gzipBytes, $1.path) }.prefix(count))
    }

    /// The median gzipped page size, in bytes.
    public var medianWeight: Int {
        let sizes = pageWeights.map(\.gzipBytes).sorted()
        return sizes.isEmpty ? 0 : sizes[sizes.count / 2]
    }

    /// Every HTML page written.
    public var pageCount: Int { pagesByLanguage.values.reduce(0, +) }
}

/// What one page costs a reader: its gzipped size (see `WireSizeMeter`).
public struct PageWeight: Sendable, Equatable {
    /// The page's site path.
    public let path: String
    /// Bytes on the wire, gzipped: exactly, or an upper estimate for a page well within the budget.
    public let gzipBytes: Int
    /// Whether `gzipBytes` is the exact size nginx sends rather than an upper estimate.
    public var exact = true
}
