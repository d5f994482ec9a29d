import FaroCore

/// The outcome of one preview build: what `faro serve` prints and what the server shows.
public struct PreviewBuild: Sendable {
    /// 1 for the first build of a session, then one more for each rebuild.
    public let number: Int
    /// Every error and warning of the build, sorted by location.
    public let diagnostics: [Diagnostic]
    /// HTML pages written (0 when the build failed).
    public let pageCount: Int
    /// Wall-clock time of the build.
    public let duration: Duration
    /// The files (relative to the working folder) whose change caused this build; empty for the first one.
    public let changedFiles: [String]
    /// Pages rendered again when only some pages' text changed; nil when the whole site was built.
    public let renderedPages: Int?

    /// Creates an outcome.
    public init(number: Int, diagnostics: [Diagnostic], pageCount: Int, duration: Duration, changedFiles: [String],
                renderedPages: Int? = nil) {
        self.number = number
        self.diagnostics = diagnostics
        self.pageCount = pageCount
        self.duration = duration
        self.changedFiles = changedFiles
        self.renderedPages = renderedPages
    }

    /// The errors alone.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// Whether the build failed, so pages show the error page instead of the site.
    public var failed: Bool { !errors.isEmpty }
    /// The duration in seconds, for messages.
    public var seconds: Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
