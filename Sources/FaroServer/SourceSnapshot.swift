import FaroCore
import Foundation

/// The modification time and size of every file under the watched folders; two snapshots differ when a file
/// was added, removed or saved. Polling is portable and, for a few thousand files, cheap enough every 300 ms.
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

    /// The paths added, removed or changed since `earlier`, sorted.
    func changes(since earlier: SourceSnapshot) -> [String] {
        let added = files.filter { earlier.files[$0.key] != $0.value }.map(\.key)
        let removed = earlier.files.keys.filter { files[$0] == nil }
        return (added + removed).sorted()
    }
}
