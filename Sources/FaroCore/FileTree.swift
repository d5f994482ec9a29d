import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists the files under a folder, depth first in name order, with their kind read by `lstat`.
///
/// Written by hand because Foundation's URL enumerator crashed here when several builds ran at once
/// (its resource-value cache is not thread-safe on Linux); this uses only `contentsOfDirectory` and `lstat`.
public enum FileTree {
    /// What a directory entry is, without following links.
    public enum Kind: Sendable, Equatable {
        case file, directory, symbolicLink, other
    }

    /// When an entry was last changed and its size, from the same `lstat` that gave its kind: what the
    /// preview server compares between scans to see a save.
    public struct Stamp: Sendable, Equatable {
        public let seconds: Int
        public let nanoseconds: Int
        public let size: Int
    }

    /// One entry, relative to the walked folder.
    public struct Entry: Sendable, Equatable {
        /// `guias/viajar.es.md`.
        public let path: String
        public let kind: Kind
        public let stamp: Stamp
    }

    /// Every entry under `root` (hidden names skipped); `descend` decides whether to enter a folder.
    public static func walk(_ root: URL, descend: (String) -> Bool = { _ in true }) -> [Entry] {
        var entries: [Entry] = []
        visit(root.path, relative: "", into: &entries, descend: descend)
        return entries
    }

    /// The kind of the thing at a path, links not followed.
    public static func kind(atPath path: String) -> Kind {
        status(atPath: path).kind
    }

    /// The kind and stamp of the thing at a path, links not followed; `.other` when there is nothing there.
    public static func status(atPath path: String) -> (kind: Kind, stamp: Stamp) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (.other, Stamp(seconds: 0, nanoseconds: 0, size: 0)) }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        let stamp = Stamp(seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec), size: Int(info.st_size))
        switch info.st_mode & S_IFMT {
        case S_IFREG: return (.file, stamp)
        case S_IFDIR: return (.directory, stamp)
        case S_IFLNK: return (.symbolicLink, stamp)
        default: return (.other, stamp)
        }
    }

    private static func visit(_ folder: String, relative: String, into entries: inout [Entry], descend: (String) -> Bool) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        // A section folder can hold thousands of pages: their `lstat`s run on every core.
        let statuses = names.count > 256 ? ConcurrentMap.map(names) { status(atPath: folder + "/" + $0) }
                                          : names.map { status(atPath: folder + "/" + $0) }
        for (name, (kind, stamp)) in zip(names, statuses) {
            let path = relative.isEmpty ? name : relative + "/" + name
            entries.append(Entry(path: path, kind: kind, stamp: stamp))
            if kind == .directory, descend(path) { visit(folder + "/" + name, relative: path, into: &entries, descend: descend) }
        }
    }
}
