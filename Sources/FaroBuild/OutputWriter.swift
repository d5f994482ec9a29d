import FaroCompression
import FaroCore
import Foundation

/// Writes the files of one build into its staging folder, from any thread,
/// refusing a second write to the same path (two pages or copies claiming one URL).
public final class OutputWriter: @unchecked Sendable {
    /// The staging folder files are written into.
    public let root: URL
    private let lock = NSLock()
    private var claimed: Set<String> = []
    private var folders: Set<String> = [""]

    /// Writes below `root`, which must exist.
    public init(root: URL) {
        self.root = root
    }

    /// Every path written so far, sorted.
    public var writtenPaths: [String] {
        lock.lock(); defer { lock.unlock() }
        return claimed.sorted()
    }

    /// Writes text as UTF-8 to a path relative to the output folder.
    public func write(_ text: String, to path: String) throws(BuildProblem) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes bytes to a path relative to the output folder.
    public func write(_ data: Data, to path: String) throws(BuildProblem) {
        let url = try prepare(path)
        do {
            try data.write(to: url)
        } catch {
            throw BuildProblem.writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes text with `.gz` and `.br` copies beside it, for servers that send precompressed files;
    /// returns the gzipped size, which is what the text costs a reader on the wire.
    @discardableResult
    public func writeCompressed(_ text: String, to path: String) throws(BuildProblem) -> Int {
        let data = Data(text.utf8)
        try write(data, to: path)
        return try writeCompressedCopies(of: data, for: path)
    }

    /// Writes the `.gz` and `.br` copies of a file already written; returns the gzipped size.
    @discardableResult
    public func writeCompressedCopies(of data: Data, for path: String) throws(BuildProblem) -> Int {
        let gzip = Compression.gzip(data) ?? data
        try write(gzip, to: path + ".gz")
        if let brotli = Compression.brotli(data) { try write(brotli, to: path + ".br") }
        return gzip.count
    }

    /// Whether a file is text that servers benefit from receiving precompressed.
    public static func isCompressible(_ path: String) -> Bool {
        let types = [".html", ".xml", ".css", ".js", ".json", ".geojson", ".csv", ".txt", ".svg", ".webmanifest"]
        return types.contains { path.hasSuffix($0) }
    }

    /// Copies a file to a path relative to the output folder.
    public func copy(_ source: URL, to path: String) throws(BuildProblem) {
        let url = try prepare(path)
        do {
            try FileManager.default.copyItem(at: source, to: url)
        } catch {
            throw BuildProblem.writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Whether a path was already written.
    public func contains(_ path: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return claimed.contains(path)
    }

    private func prepare(_ path: String) throws(BuildProblem) -> URL {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw BuildProblem.writeFailed(path: path, reason: "path leaves the output folder")
        }
        let folder = RelativePath.folder(of: path)
        lock.lock()
        let isNew = claimed.insert(path).inserted
        let needsFolder = folders.insert(folder).inserted
        lock.unlock()
        guard isNew else { throw BuildProblem.duplicateOutput(path) }
        if needsFolder {
            do {
                try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            } catch {
                throw BuildProblem.writeFailed(path: folder, reason: error.localizedDescription)
            }
        }
        return root.appendingPathComponent(path)
    }
}
