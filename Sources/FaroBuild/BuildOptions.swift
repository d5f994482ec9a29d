import FaroCore
import Foundation

/// What to build, from where, to where.
public struct BuildOptions: Sendable {
    /// The content folder (`Content`).
    public var content: URL
    /// The theme folder; nil means `Themes/<theme from site.yaml>` beside the content folder.
    public var theme: URL?
    /// The output folder (`Public`).
    public var output: URL
    /// Keep pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Write the site (build) or only validate it (check).
    public var writesOutput: Bool
    /// The folder that paths in messages are relative to.
    public var workingDirectory: URL
    /// Whether print editions are made: `.auto` skips them with a warning when WeasyPrint is missing.
    public var pdf: PDFMode = .auto
    /// The environment external programs are looked up in (`PATH` for WeasyPrint).
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// A preview build (`faro serve`): skips what only a published site needs (compressed copies,
    /// offline archives), so a rebuild after a save is quick.
    public var preview = false
    /// Whether offline copies are also written as ZIM files for Kiwix (`--zim`). Off by default:
    /// zimwriterfs stamps each file with a random id and the date, so ZIM files differ on every build.
    public var zim = false
    /// Where converted PDFs are kept between builds, keyed by their HTML (default `.faro-cache` beside the content).
    public var cacheFolder: URL?
    /// Called as the build goes: each step's name, and counts of long work (pages rendered, PDFs made).
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// The day of the build, for validation only (dates in the future, stale records); never written to output.
    public var today: Day

    /// Creates options; paths in messages are relative to the current directory.
    public init(content: URL, theme: URL? = nil, output: URL, includeDrafts: Bool = false, writesOutput: Bool = true,
                workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath), today: Day = .today()) {
        self.content = content.standardizedFileURL
        self.theme = theme?.standardizedFileURL
        self.output = output.standardizedFileURL
        self.includeDrafts = includeDrafts
        self.writesOutput = writesOutput
        self.workingDirectory = workingDirectory.standardizedFileURL
        self.today = today
    }

    /// How messages name a file: relative to the working directory when inside it.
    public func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let base = workingDirectory.path.hasSuffix("/") ? workingDirectory.path : workingDirectory.path + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}

/// Whether a build makes PDFs.
public enum PDFMode: Sendable {
    /// Make them when WeasyPrint is installed; otherwise warn and go on.
    case auto
    /// Make them; a missing WeasyPrint is an error (`--pdf`).
    case required
    /// Do not make them (`--no-pdf`, and the preview server).
    case skip
}

/// A moment in a build, for progress lines.
public enum BuildProgress: Sendable {
    /// A step starts.
    case step(String)
    /// Part of a long step is done: `done` of `total` items (`what` names them: "pages", "PDFs").
    case count(what: String, done: Int, total: Int)
}
