/// What `faro import shelters` may do besides reading.
public struct ImportOptions: Sendable, Equatable {
    /// Report what would happen and write nothing.
    public var dryRun: Bool
    /// Replace record files that exist with other content.
    public var overwrite: Bool
    /// Mark every imported record `example: true` (sample data, labelled as such on the site).
    public var example: Bool

    /// Creates options; by default files are written, existing ones are kept, and records are real.
    public init(dryRun: Bool = false, overwrite: Bool = false, example: Bool = false) {
        self.dryRun = dryRun
        self.overwrite = overwrite
        self.example = example
    }
}
