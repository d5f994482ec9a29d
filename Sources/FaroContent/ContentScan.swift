import Foundation

/// The files of a content folder, sorted and sorted into kinds. Hidden files are ignored.
struct ContentScan {
    /// Markdown pages, relative to the content folder.
    var markdownFiles: [String] = []
    /// Other files inside page folders, relative to the content folder.
    var otherFiles: [String] = []
    /// Files under `static/`, relative to the content folder.
    var staticFiles: [String] = []
    /// Symbolic links, relative to the content folder: never followed, so no file outside the folder can be published.
    var symbolicLinks: [String] = []

    init(root: URL, reserved: Set<String>) {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey],
                                                  options: [.skipsHiddenFiles]) else { return }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath) else { continue }
            let relative = String(path.dropFirst(rootPath.count))
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true {
                symbolicLinks.append(relative)
                continue
            }
            let isDirectory = values?.isDirectory ?? false
            let top = relative.split(separator: "/").first.map(String.init) ?? relative
            if isDirectory {
                if reserved.contains(top) && top != "static" && relative == top { enumerator.skipDescendants() }
                continue
            }
            if top == "static" && relative.hasPrefix("static/") {
                staticFiles.append(relative)
            } else if relative == "site.yaml" || relative == "README.md" {
                continue
            } else if relative.hasSuffix(".md") {
                markdownFiles.append(relative)
            } else {
                otherFiles.append(relative)
            }
        }
        markdownFiles.sort()
        otherFiles.sort()
        staticFiles.sort()
    }
}
