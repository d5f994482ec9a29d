import FaroBuild
import FaroCore
import Foundation

/// What `faro serve` builds, where it listens and how often it looks for changes.
public struct PreviewOptions: Sendable {
    /// The content folder (`Content`).
    public var content: URL
    /// The theme folder; nil means `Themes/<theme from site.yaml>` beside the content folder.
    public var theme: URL?
    /// Keep pages marked `draft: true`.
    public var includeDrafts: Bool
    /// The folder that paths in messages are relative to.
    public var workingDirectory: URL
    /// The address to listen on: `127.0.0.1` unless the user asks for another.
    public var host: String
    /// The port; 0 lets the system pick a free one.
    public var port: UInt16
    /// Where the preview is built; nil means a new temporary folder, removed when the server stops.
    /// Never the published output folder: a preview must not replace `Public/`.
    public var siteFolder: URL?
    /// Whether that temporary folder goes on the disk rather than in memory (`/dev/shm`, where there is one),
    /// for a site too large to hold in memory.
    public var buildsOnDisk = false
    /// How often the content and theme folders are scanned for changes.
    public var pollInterval: Duration
    /// How long a reload request waits for a new build before answering "no change".
    public var reloadWait: Duration
    /// The language of the messages on the error page.
    public var messageLanguage: MessageLanguage

    /// Creates options; paths in messages are relative to the current directory.
    public init(content: URL, theme: URL? = nil, includeDrafts: Bool = false,
                workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                host: String = "127.0.0.1", port: UInt16 = 1313, siteFolder: URL? = nil,
                pollInterval: Duration = .milliseconds(300), reloadWait: Duration = .seconds(10), messageLanguage: MessageLanguage = .en) {
        self.content = content.standardizedFileURL
        self.theme = theme?.standardizedFileURL
        self.includeDrafts = includeDrafts
        self.workingDirectory = workingDirectory.standardizedFileURL
        self.host = host
        self.port = port
        self.siteFolder = siteFolder?.standardizedFileURL
        self.pollInterval = pollInterval
        self.reloadWait = reloadWait
        self.messageLanguage = messageLanguage
    }

    /// The folders whose changes trigger a rebuild: the content, and the named theme or every theme beside the content.
    public var watchedFolders: [URL] {
        [content, theme ?? content.deletingLastPathComponent().appendingPathComponent("Themes", isDirectory: true)]
    }

    /// How messages name a file: relative to the working directory when inside it.
    public func displayPath(_ url: URL) -> String {
        buildOptions(output: content).displayPath(url)
    }

    /// Build options for one preview build into `output`; the day is taken anew for each build.
    /// Print editions are skipped: WeasyPrint takes seconds per booklet, and a preview is for reading pages.
    func buildOptions(output: URL) -> BuildOptions {
        var options = BuildOptions(content: content, theme: theme, output: output, includeDrafts: includeDrafts,
                                   writesOutput: true, workingDirectory: workingDirectory, today: .today())
        options.pdf = .skip
        options.preview = true
        return options
    }
}
