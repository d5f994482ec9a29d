import FaroContent
import FaroCore
import Foundation

/// FaroCore's location type; Testing has one of the same name.
typealias Location = FaroCore.SourceLocation

extension Array {
    /// The element of a one-element array; nil when there are none or several.
    var single: Element? { count == 1 ? first : nil }
}

/// The diagnostics `body` throws; empty when it does not throw.
func diagnostics<T>(thrownBy body: () throws(DiagnosticsError) -> T) -> [Diagnostic] {
    do {
        _ = try body()
        return []
    } catch {
        return error.diagnostics
    }
}

/// The problems among `diagnostics` that are content problems, in order.
func contentProblems(_ diagnostics: [Diagnostic]) -> [ContentProblem] {
    diagnostics.compactMap { $0.problem as? ContentProblem }
}

/// A `site.yaml` with Spanish as the default language and English as a translation.
let bilingualSiteConfig = """
    title: {es: Faro, en: Lighthouse}
    base_url: https://example.org/
    languages:
      - {code: es, name: Español, default: true}
      - {code: en, name: English}

    """

/// A page file with the given front matter lines and body.
func pageFile(_ frontMatter: String, body: String = "Texto.\n") -> String {
    "---\n" + frontMatter + "\n---\n" + body
}

/// Writes `files` (relative path → text) into a fresh temporary folder, runs `body` on it and removes the folder.
func withContentFolder<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-content-tests-" + UUID().uuidString, isDirectory: true)
    defer { try? FileManager.default.removeItem(at: root) }
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return try body(root)
}

/// Loads a content folder made of `files` plus the bilingual `site.yaml`.
func loadContent(_ files: [String: String], includeDrafts: Bool = false) throws -> SiteContent {
    try withContentFolder(files.merging(["site.yaml": bilingualSiteConfig]) { own, _ in own }) { root in
        try ContentLoader(contentURL: root, displayRoot: "Content", includeDrafts: includeDrafts).load()
    }
}

/// The diagnostics of loading a content folder made of `files` plus the bilingual `site.yaml`.
func loadingDiagnostics(_ files: [String: String]) throws -> [Diagnostic] {
    try withContentFolder(files.merging(["site.yaml": bilingualSiteConfig]) { own, _ in own }) { root in
        diagnostics { () throws(DiagnosticsError) in try ContentLoader(contentURL: root, displayRoot: "Content").load() }
    }
}

extension SiteContent {
    /// The page read from a source file (or generated for a folder) in a language.
    func page(_ sourcePath: String, in language: String) -> Page? {
        pages.first { $0.sourcePath == sourcePath && $0.language == language }
    }

    /// The page published at a site path.
    func page(at path: String) -> Page? {
        pages.first { $0.route.path == path }
    }
}
