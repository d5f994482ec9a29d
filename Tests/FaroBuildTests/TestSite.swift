import FaroBuild
import FaroCore
import Foundation

/// A whole small site written inline into a temporary folder, built, and read back (as Hugo's integration tests do).
struct TestSite {
    /// The site's folder, holding `Content/`, `Themes/` and `Public/`.
    let root: URL

    /// A two-language `site.yaml` most tests start from.
    static let bilingualConfig = """
    title: {es: Sitio de prueba, en: Test site}
    base_url: https://example.org/
    languages:
      - {code: es, name: Español, default: true}
      - {code: en, name: English}

    """

    /// Writes `files` (paths relative to the site folder) and, unless `theme` is false, the repository's default theme.
    init(_ files: [String: String], config: String? = TestSite.bilingualConfig, theme: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if theme {
            try FileManager.default.copyItem(at: Self.repositoryTheme, to: root.appendingPathComponent("Themes/default", isDirectory: true).creatingParent())
        }
        if let config { try write("Content/site.yaml", config) }
        for (path, text) in files { try write(path, text) }
    }

    /// The default theme of this repository.
    static var repositoryTheme: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes/default")
    }

    /// Writes (or replaces) one file of the site.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Builds (or checks) the site with its `Content/` into `output` (default `Public`).
    func build(output: String = "Public", drafts: Bool = false, writes: Bool = true) async -> BuildResult {
        var options = BuildOptions(content: root.appendingPathComponent("Content"), output: root.appendingPathComponent(output),
                                   includeDrafts: drafts, writesOutput: writes, workingDirectory: root)
        options.pdf = .skip  // print editions have their own tests; WeasyPrint would slow every other one
        return await Pipeline.standard(writesOutput: writes).run(options)
    }

    /// The text of an output file, or nil when it was not written.
    func output(_ path: String, in folder: String = "Public") -> String? {
        try? String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under a folder of the site with its bytes, for comparing whole trees.
    func tree(_ folder: String = "Public") -> [String: Data] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [:] }
        var files: [String: Data] = [:]
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let url = base.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    /// Names in the site folder, hidden ones included (to spot leftover staging folders).
    func entries() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    }

    /// Removes the site folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension URL {
    /// Creates the parent folder and returns the URL unchanged.
    func creatingParent() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}

extension BuildResult {
    /// The errors, as (problem, file, line) for matching.
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// A Markdown page with front matter.
func page(_ frontMatter: String, _ body: String = "Texto.") -> String {
    "---\n\(frontMatter)\n---\n\n\(body)\n"
}
