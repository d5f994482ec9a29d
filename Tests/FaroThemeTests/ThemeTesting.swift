import FaroCore
import FaroTheme
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

/// Every required template, each rendering its own name, so a theme made of them loads.
let requiredTemplateFiles = Dictionary(uniqueKeysWithValues: Theme.requiredTemplates.map { ("templates/\($0).mustache", $0) })

/// Writes `files` (relative path → text) into a fresh temporary folder, runs `body` on it and removes the folder.
func withThemeFolder<T>(_ files: [String: String], _ body: (URL) throws -> T) throws -> T {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-theme-tests-" + UUID().uuidString, isDirectory: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (path, text) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    return try body(root)
}

/// Loads a theme made of the required templates, replaced or extended by `files`.
func loadTheme(_ files: [String: String] = [:]) throws -> Theme {
    try withThemeFolder(requiredTemplateFiles.merging(files) { _, own in own }) { root in
        try Theme(folder: root, displayPath: "Themes/test")
    }
}

/// The diagnostics of loading a theme folder made of exactly `files`.
func themeDiagnostics(_ files: [String: String]) throws -> [Diagnostic] {
    try withThemeFolder(files) { root in
        diagnostics { () throws(DiagnosticsError) in try Theme(folder: root, displayPath: "Themes/test") }
    }
}
