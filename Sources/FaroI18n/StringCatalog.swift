import FaroCore
import FaroYAML
import Foundation

/// The interface strings of the theme per language (`Themes/<theme>/i18n/<lang>.yaml`),
/// overridden key by key from `Content/i18n/<lang>.yaml`.
public struct StringCatalog: Sendable {
    /// Strings by language code, then key, as written in the files (no fallback applied).
    public let tables: [String: [String: String]]
    /// Language whose strings fill gaps in the others.
    public let defaultLanguage: String
    /// Languages whose catalog says `_review: draft`: nobody fluent has reviewed its strings yet.
    public private(set) var draftLanguages: Set<String>

    /// Creates a catalog from tables.
    public init(tables: [String: [String: String]], defaultLanguage: String, draftLanguages: Set<String> = []) {
        self.tables = tables
        self.defaultLanguage = defaultLanguage
        self.draftLanguages = draftLanguages
        let fallback = tables[defaultLanguage] ?? [:]
        merged = tables.mapValues { fallback.merging($0) { _, own in own } }
    }

    /// Tables with the default language's strings filling gaps, computed once (every page asks for them).
    private let merged: [String: [String: String]]

    /// Every string for a language, with the default language's string for each missing key.
    public func strings(for language: String) -> [String: String] {
        merged[language] ?? tables[defaultLanguage] ?? [:]
    }

    /// Keys the default language has and `language` lacks, sorted.
    public func missingKeys(in language: String) -> [String] {
        let own = tables[language] ?? [:]
        return (tables[defaultLanguage] ?? [:]).keys.filter { own[$0] == nil }.sorted()
    }

    /// Every key known in the default language.
    public var keys: Set<String> { Set((tables[defaultLanguage] ?? [:]).keys) }

    /// Reads the catalogs of `languages` from the theme's and the content's `i18n` folders.
    /// Missing files are fine (the language falls back); unreadable or malformed ones are errors.
    public static func load(folders: [URL], languages: [String], defaultLanguage: String,
                            displayPath: (URL) -> String) throws(DiagnosticsError) -> StringCatalog {
        var tables: [String: [String: String]] = [:]
        var drafts = Set<String>()
        var diagnostics: [Diagnostic] = []
        for folder in folders {
            for language in languages {
                let url = folder.appendingPathComponent("\(language).yaml")
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                let path = displayPath(url)
                do {
                    let text = try SourceText.read(url, displayPath: path)
                    guard let node = try YAMLDocument.parse(text, file: path) else { continue }
                    var reader = MappingReader(node, file: path)
                    for key in reader.keys where key != "_review" {
                        if let value = reader.string(key) { tables[language, default: [:]][key] = value }
                    }
                    switch reader.string("_review") {
                    case "draft"?: drafts.insert(language)
                    case "reviewed"?: drafts.remove(language)
                    case let other?: reader.report(YAMLProblem.invalidValue(key: "_review", value: other, expected: "draft or reviewed"), key: "_review")
                    case nil: break
                    }
                    diagnostics += reader.diagnostics
                } catch {
                    diagnostics += error.diagnostics
                }
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        return StringCatalog(tables: tables, defaultLanguage: defaultLanguage, draftLanguages: drafts)
    }
}
