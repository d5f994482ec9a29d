import FaroCompression
import FaroCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes the files of one build into its staging folder, from any thread,
/// refusing a second write to the same path (two pages or copies claiming one URL).
public final class OutputWriter: @unchecked Sendable {
    /// The staging folder files are written into.
    public let root: URL
    /// `root` as a path; files are named by joining strings, because `URL.appendingPathComponent`
    /// asks the file system whether each path is a folder (a `stat` per file written).
    private let rootPath: String
    private let lock = NSLock()
    private var claimed: Set<String> = []
    /// Folders this writer made or found, so each is made with one `mkdir` and files in it need none.
    private var folders: Set<String> = [""]

    /// Whether each file is written beside its place and renamed over it, so a reader never sees half a
    /// file: for writing into a folder that is being served (the preview's incremental rebuilds).
    private let replacesAtomically: Bool

    /// Writes below `root`, which must exist.
    public init(root: URL, replacesAtomically: Bool = false) {
        self.root = root
        rootPath = root.path
        self.replacesAtomically = replacesAtomically
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
    ///
    /// Plain `open`/`write` rather than `Data.write`: Foundation syncs every file to disk on Linux, which
    /// made writing most of a build's time; durability comes from publishing the folder only when complete.
    public func write(_ data: Data, to path: String) throws(BuildProblem) {
        let file = try claim(path)
        try makeFolder(RelativePath.folder(of: path))
        let target = replacesAtomically ? file + ".faro-new" : file
        let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw BuildProblem.writeFailed(path: path, reason: String(cString: strerror(errno))) }
        let written = data.withUnsafeBytes { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                offset += result
            }
            return offset
        }
        let failure = written == data.count ? nil : String(cString: strerror(errno))
        close(descriptor)
        if let failure {
            if replacesAtomically { unlink(target) }
            throw BuildProblem.writeFailed(path: path, reason: failure)
        }
        if replacesAtomically && rename(target, file) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(target)
            throw BuildProblem.writeFailed(path: path, reason: reason)
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
        let file = try claim(path)
        try makeFolder(RelativePath.folder(of: path))
        do {
            try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: file))
        } catch {
            throw BuildProblem.writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Whether a path was already written.
    public func contains(_ path: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return claimed.contains(path)
    }

    /// Creates a folder and any missing parents with `mkdir`; safe when several pages create the same
    /// parents at once, since a parent that another thread is making is simply tried again.
    private func makeFolder(_ folder: String) throws(BuildProblem) {
        lock.lock()
        let known = folders.contains(folder)
        lock.unlock()
        if known { return }
        let path = rootPath + "/" + folder
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            guard errno == ENOENT, !folder.isEmpty else { throw BuildProblem.writeFailed(path: folder, reason: String(cString: strerror(errno))) }
            try makeFolder(RelativePath.folder(of: folder))
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw BuildProblem.writeFailed(path: folder, reason: String(cString: strerror(errno)))
            }
        }
        lock.lock()
        folders.insert(folder)
        lock.unlock()
    }

    /// Records that `path` is written by this build; a second claim is an error (two files, one path).
    private func claim(_ path: String) throws(BuildProblem) -> String {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw BuildProblem.writeFailed(path: path, reason: "path leaves the output folder")
        }
        lock.lock()
        let isNew = claimed.insert(path).inserted
        lock.unlock()
        guard isNew else { throw BuildProblem.duplicateOutput(path) }
        return rootPath + "/" + path
    }
}
