import Foundation

/// One file of the open-data exports: where it goes under the site root, and its bytes.
public struct ExportFile: Sendable, Equatable {
    /// Path relative to the site root, always under `data/` (`data/shelters.csv`).
    public let path: String
    /// The file's contents.
    public let data: Data

    /// Creates a file.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
