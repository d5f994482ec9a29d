import FaroCore
import Foundation

/// The modification time and size of every file under the watched folders; two snapshots differ when a file
/// was added, removed or saved. A whole snapshot is read at the start and whenever the change signal cannot say
/// which files changed; otherwise only the reported files are looked at again (`updating`).
struct SourceSnapshot: Equatable, Sendable {
    /// What identifies one saved version of a file: its modification time and size.
    typealias Stamp = FileTree.Stamp

    /// Absolute path → stamp. Hidden files (editor swap files, `.git`) are skipped, as the build skips them.
    let files: [String: Stamp]

    /// Reads the folders now; a missing folder counts as empty. Uses `FileTree` and `lstat` rather than
    /// Foundation's enumerator, which is not safe while a build walks the same folders.
    init(of folders: [URL]) {
        var files: [String: Stamp] = [:]
        for folder in folders {
            let root = folder.standardizedFileURL.path
            for entry in FileTree.walk(folder) where entry.kind == .file {
                files[root + "/" + entry.path] = entry.stamp
            }
        }
        self.files = files
    }

    private init(files: [String: Stamp]) {
        self.files = files
    }

    /// The snapshot with only `paths` looked at again (the files the system reported), and which of them
    /// changed, sorted: what a save costs instead of reading every stamp. A path that is now something other
    /// than a file, or nothing, leaves the snapshot.
    func updating(_ paths: Set<String>) -> (snapshot: SourceSnapshot, changed: [String]) {
        var files = self.files
        var changed: [String] = []
        for path in paths {
            let (kind, stamp) = FileTree.status(atPath: path)
            let now = kind == .file ? stamp : nil
            if files[path] != now {
                files[path] = now
                changed.append(path)
            }
        }
        return (SourceSnapshot(files: files), changed.sorted())
    }

    /// The paths added, removed or changed since `earlier`, sorted.
    func changes(since earlier: SourceSnapshot) -> [String] {
        let added = files.filter { earlier.files[$0.key] != $0.value }.map(\.key)
        let removed = earlier.files.keys.filter { files[$0] == nil }
        return (added + removed).sorted()
    }
}
