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

    /// One entry, relative to the walked folder.
    public struct Entry: Sendable, Equatable {
        /// `guias/viajar.es.md`.
        public let path: String
        public let kind: Kind
    }

    /// Every entry under `root` (hidden names skipped); `descend` decides whether to enter a folder.
    public static func walk(_ root: URL, descend: (String) -> Bool = { _ in true }) -> [Entry] {
        var entries: [Entry] = []
        visit(root.path, relative: "", into: &entries, descend: descend)
        return entries
    }

    /// The kind of the thing at a path, links not followed.
    public static func kind(atPath path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    private static func visit(_ folder: String, relative: String, into entries: inout [Entry], descend: (String) -> Bool) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for name in names {
            let path = relative.isEmpty ? name : relative + "/" + name
            let kind = kind(atPath: folder + "/" + name)
            entries.append(Entry(path: path, kind: kind))
            if kind == .directory, descend(path) { visit(folder + "/" + name, relative: path, into: &entries, descend: descend) }
        }
    }
}
