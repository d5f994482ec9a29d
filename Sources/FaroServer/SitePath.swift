import Foundation

/// Maps a request path to a file of the built site, refusing anything that could leave the site folder.
enum SitePath: Equatable {
    /// A file inside the site folder.
    case file(URL)
    /// A folder asked for without its trailing slash: redirect so relative links resolve.
    case redirect(String)
    /// Nothing there.
    case notFound
    /// A path with `..`, a backslash or a NUL byte: never looked up.
    case refused

    /// Resolves `path` (already percent-decoded, without query) inside `root`; `/` and folders mean `index.html`.
    static func resolve(_ path: String, in root: URL) -> SitePath {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        if !path.hasPrefix("/") || segments.contains("..") || path.contains("\\") || path.contains("\0") {
            return .refused
        }
        let base = root.standardizedFileURL
        var url = base
        for segment in segments where segment != "." { url.appendPathComponent(String(segment)) }
        url = url.standardizedFileURL
        guard url.path == base.path || url.path.hasPrefix(base.path + "/") else { return .refused }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .notFound }
        if isFolder.boolValue {
            if !path.hasSuffix("/") { return .redirect(path + "/") }
            let index = url.appendingPathComponent("index.html")
            return manager.fileExists(atPath: index.path) ? .file(index) : .notFound
        }
        return .file(url)
    }

    /// Whether a missing path was probably a page (no extension, or `.html`), so it deserves the error page after a failed build.
    static func looksLikePage(_ path: String) -> Bool {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        return path.hasSuffix("/") || !last.contains(".") || MediaType.isHTML(last)
    }
}
