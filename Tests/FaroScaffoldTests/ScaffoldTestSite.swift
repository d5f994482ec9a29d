import FaroBuild
import FaroContent
import FaroCore
import FaroScaffold
import Foundation

/// A small site in a temporary folder, with the repository's theme, to create files in and check.
struct ScaffoldTestSite {
    /// The site's folder, holding `Content/` and `Themes/`.
    let root: URL

    /// A two-language `site.yaml`; `defaultLanguage` is the one marked default.
    init(defaultLanguage: String = "es") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-new-test-\(UUID().uuidString)")
        let theme = root.appendingPathComponent("Themes/default")
        try FileManager.default.createDirectory(at: theme.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryTheme, to: theme)
        let config = """
        title: {es: Sitio de prueba, en: Test site}
        base_url: https://example.org/
        languages:
          - {code: es, name: Español\(defaultLanguage == "es" ? ", default: true" : "")}
          - {code: en, name: English\(defaultLanguage == "en" ? ", default: true" : "")}

        """
        let url = root.appendingPathComponent("Content/site.yaml")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(config.utf8).write(to: url)
    }

    /// The default theme of this repository.
    static var repositoryTheme: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes/default")
    }

    /// The scaffold for this site, as `faro new` makes it.
    func scaffold() throws -> Scaffold {
        let content = root.appendingPathComponent("Content")
        let config = try SiteConfigLoader.load(content.appendingPathComponent("site.yaml"), path: "Content/site.yaml")
        return Scaffold(config: config, content: content, displayRoot: "Content")
    }

    /// The text of a file of the site, or nil.
    func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every validation of `faro check`, writing nothing.
    func check() async -> BuildResult {
        var options = BuildOptions(content: root.appendingPathComponent("Content"), output: root.appendingPathComponent("Public"),
                                   writesOutput: false, workingDirectory: root)
        options.pdf = .skip  // print editions have their own tests; WeasyPrint would only slow these
        return await Pipeline.standard(writesOutput: false).run(options)
    }

    /// Removes the site folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

extension BuildResult {
    /// The errors alone.
    var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
