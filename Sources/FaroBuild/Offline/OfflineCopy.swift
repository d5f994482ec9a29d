import Foundation

/// One language's offline copy written out as a folder (`<work>/faro-es/`): the selected files of the
/// built site, HTML pages with their links rewritten to work from `file://`.
struct OfflineCopy: Sendable {
    /// The name of the copy's folder and archives (`faro-es`).
    let name: String
    /// The files, relative to the site root, in archive order.
    let paths: [String]
    /// Rewrites the pages' links.
    let rewriter: OfflineLinkRewriter

    /// The modification time every file gets, so archives do not depend on when the site was built:
    /// 1980-01-01 00:00 UTC, the earliest time a ZIP entry can hold.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// Writes the copy's files from the built site at `site` into `work/<name>/`, each with mode 0644 (whatever
    /// the umask) and the fixed time; returns the copy's folder. Written through `OutputWriter`, which does
    /// not sync every file to disk as `Data.write` does on Linux.
    func write(from site: URL, into work: URL) throws -> URL {
        let folder = work.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let writer = OutputWriter(root: folder)
        for path in paths {
            var data = try Data(contentsOf: site.appendingPathComponent(path))
            if path.hasSuffix(".html") {
                data = Data(rewriter.rewrite(String(decoding: data, as: UTF8.self), at: path).utf8)
            }
            try writer.write(data, to: path)
            try FileManager.default.setAttributes([.posixPermissions: 0o644, .modificationDate: Self.fixedDate],
                                                  ofItemAtPath: folder.appendingPathComponent(path).path)
        }
        return folder
    }
}
