import FaroCore
import Foundation

/// A theme loaded from `Themes/<name>`: Mustache templates, inline CSS and static files.
/// Templates are read at run time, so a theme is restyled without recompiling Faro.
public struct Theme: Sendable {
    /// Templates every theme must have.
    public static let requiredTemplates = ["base", "page", "section", "home", "404", "alias", "languages"]

    /// The theme folder.
    public let folder: URL
    /// The theme's CSS, concatenated from `css/*.css` in name order and minified, for inlining.
    public let css: String
    /// Files under `static/`, relative to it, copied to the output root.
    public let staticFiles: [String]

    /// UI string keys the templates read (`{{t.key}}`), where each is read; checked against the catalogs.
    public let stringKeys: [StringKeyUse]

    private let library: TemplateLibrary
    private let templateNames: Set<String>

    /// Loads and checks a theme: every required template, every referenced partial and every template's syntax.
    public init(folder: URL, displayPath: String) throws(DiagnosticsError) {
        self.folder = folder.standardizedFileURL
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("templates").path) else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: displayPath, line: 0, column: 0), ThemeProblem.missingTheme(displayPath))])
        }
        let loaded = TemplateFolder(folder: folder.appendingPathComponent("templates"), displayPath: displayPath + "/templates")
        var diagnostics = loaded.diagnostics
        for name in Self.requiredTemplates where !loaded.names.contains(name) {
            diagnostics.append(Diagnostic(at: SourceLocation(file: displayPath + "/templates", line: 0, column: 0), ThemeProblem.missingTemplate(name)))
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        library = TemplateLibrary(parsed: loaded.templates, sources: loaded.sources, indentedPartials: loaded.indentedPartials)
        templateNames = Set(loaded.templates.keys)
        stringKeys = loaded.stringKeys.map { StringKeyUse(key: $0.key, location: $0.location) }
        css = CSSMinifier.minify(Self.readCSS(in: folder.appendingPathComponent("css")))
        staticFiles = Self.listFiles(in: folder.appendingPathComponent("static"))
    }

    /// A paged-media stylesheet for print editions (`print/<name>.css`), or empty text when the theme has none.
    public func printStylesheet(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent("print").appendingPathComponent(name + ".css"), encoding: .utf8)) ?? ""
    }

    /// Whether the theme has a template with this name.
    public func hasTemplate(_ name: String) -> Bool { templateNames.contains(name) }

    /// Renders `context` through a template; an unknown template is an error, never empty output.
    public func render(_ context: [String: Any], template: String) throws(ThemeProblem) -> String {
        try render(.map(context.mapValues(TemplateValue.init)), template: template)
    }

    /// Renders named values already converted, as the page renderer builds them.
    public func render(_ context: [String: TemplateValue], template: String) throws(ThemeProblem) -> String {
        try render(.map(context), template: template)
    }

    /// Renders values already converted (the build keeps those shared by many pages converted once).
    public func render(_ context: TemplateValue, template: String) throws(ThemeProblem) -> String {
        guard templateNames.contains(template), let output = try library.render(template, context: context) else {
            throw ThemeProblem.missingTemplate(template)
        }
        return output
    }

    static func readCSS(in folder: URL) -> String {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".css") }.sorted()
        return names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n")
    }

    static func listFiles(in folder: URL) -> [String] {
        FileTree.walk(folder).filter { $0.kind == .file }.map(\.path)
    }
}

/// A template's use of a UI string.
public struct StringKeyUse: Sendable, Equatable {
    /// The key after `t.`.
    public let key: String
    /// The tag that reads it.
    public let location: SourceLocation
}
