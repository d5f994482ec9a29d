import FaroCore
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
        let entries = FileTree.walk(root) { folder in !(reserved.contains(folder) && folder != "static") }
        for entry in entries {
            let relative = entry.path
            let top = relative.split(separator: "/").first.map(String.init) ?? relative
            switch entry.kind {
            case .symbolicLink:
                symbolicLinks.append(relative)
            case .directory, .other:
                continue
            case .file:
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
        }
        markdownFiles.sort()
        otherFiles.sort()
        staticFiles.sort()
    }
}
