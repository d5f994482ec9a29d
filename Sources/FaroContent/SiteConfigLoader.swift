import FaroCore
import FaroYAML
import Foundation

/// Reads and validates `site.yaml`: unknown keys, bad languages and bad values are errors before anything renders.
public enum SiteConfigLoader {
    /// Reads `site.yaml` at `url`; `path` is how messages name it.
    public static func load(_ url: URL, path: String) throws(DiagnosticsError) -> SiteConfig {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path, line: 0, column: 0), ContentProblem.missingSiteConfig)])
        }
        let text = try SourceText.read(url, displayPath: path)
        return try parse(text, path: path)
    }

    /// Parses the text of `site.yaml`.
    public static func parse(_ text: String, path: String) throws(DiagnosticsError) -> SiteConfig {
        guard let node = try YAMLDocument.parse(text, file: path) else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path), YAMLProblem.missingKey("languages"))])
        }
        var reader = MappingReader(node, file: path)
        var diagnostics: [Diagnostic] = []
        let titles = reader.stringMap("title", required: true) ?? []
        let name = reader.string("name") ?? "Faro"
        let baseURL = reader.string("base_url", required: true) ?? "/"
        if !SafeURL.isWebAddress(baseURL) || baseURL.contains("?") || baseURL.contains("#") {
            reader.report(YAMLProblem.invalidValue(key: "base_url", value: baseURL, expected: "an absolute http(s) URL"), key: "base_url")
        }
        let theme = reader.string("theme") ?? "default"
        // A folder name under Themes/, never a path that leads elsewhere.
        if theme.isEmpty || theme.hasPrefix(".") || !theme.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) {
            reader.report(YAMLProblem.invalidValue(key: "theme", value: theme, expected: "the name of a folder in Themes/, such as default"), key: "theme")
        }
        var paper = PaperSize.letter
        if let value = reader.string("paper") {
            if let size = PaperSize(rawValue: value) { paper = size } else {
                reader.report(YAMLProblem.invalidValue(key: "paper", value: value, expected: "letter or a4"), key: "paper")
            }
        }
        let budget = reader.int("page_budget_kb") ?? 14
        let staleDays = reader.int("stale_after_days") ?? 180
        let guides = reader.string("guides") ?? "guides"
        let exportExamples = reader.bool("export_examples") ?? false
        let precompress = reader.bool("precompress") ?? true
        let offline = reader.bool("offline") ?? false
        var brokenLinks: Severity? = .error
        if let value = reader.string("broken_links") {
            switch value {
            case "error": brokenLinks = .error
            case "warning": brokenLinks = .warning
            case "ignore": brokenLinks = nil
            default: reader.report(YAMLProblem.invalidValue(key: "broken_links", value: value, expected: "error, warning or ignore"), key: "broken_links")
            }
        }
        if !Slug.isValid(guides) {
            reader.report(YAMLProblem.invalidValue(key: "guides", value: guides, expected: "the name of a top-level content folder, such as guides"), key: "guides")
        }
        var languages: [Language] = []
        if let list = reader.node("languages", required: true) {
            if let sequence = list.sequence, !sequence.isEmpty {
                for item in sequence {
                    var entry = MappingReader(item, file: path)
                    let code = entry.string("code", required: true) ?? ""
                    let name = entry.string("name", required: true) ?? code
                    let isDefault = entry.bool("default") ?? false
                    var direction = TextDirection.ltr
                    if let value = entry.string("direction") {
                        if let parsed = TextDirection(rawValue: value) { direction = parsed } else {
                            entry.report(YAMLProblem.invalidValue(key: "direction", value: value, expected: "ltr or rtl"), key: "direction")
                        }
                    }
                    entry.rejectUnknownKeys()
                    diagnostics += entry.diagnostics
                    if code.isEmpty {
                        diagnostics.append(Diagnostic(at: entry.location, ContentProblem.emptyLanguageCode))
                    } else if !ContentFileName.looksLikeLanguageCode(Substring(code)) {
                        // The code is the first segment of every URL of the language, so it must be one.
                        diagnostics.append(Diagnostic(at: entry.valueLocation(of: "code"),
                                                      YAMLProblem.invalidValue(key: "code", value: code, expected: "a language code such as es, en or pt-BR")))
                    } else if languages.contains(where: { $0.code == code }) {
                        diagnostics.append(Diagnostic(at: entry.valueLocation(of: "code"), ContentProblem.duplicateLanguage(code)))
                    } else {
                        languages.append(Language(code: code, name: name, direction: direction, isDefault: isDefault))
                    }
                }
                let defaults = languages.filter(\.isDefault).count
                if defaults != 1 {
                    diagnostics.append(Diagnostic(at: reader.location(of: "languages"), ContentProblem.defaultLanguageCount(defaults)))
                }
            } else {
                diagnostics.append(Diagnostic(at: reader.valueLocation(of: "languages"), ContentProblem.noLanguages))
            }
        }
        for title in titles where !languages.isEmpty && !languages.contains(where: { $0.code == title.key }) {
            diagnostics.append(Diagnostic(at: title.location, ContentProblem.unknownLanguageSuffix(title.key)))
        }
        reader.rejectUnknownKeys()
        diagnostics = reader.diagnostics + diagnostics
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        var config = SiteConfig(title: Dictionary(titles.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }), name: name,
                          baseURL: baseURL, theme: theme, languages: languages, paper: paper,
                          pageBudgetKB: budget, staleAfterDays: staleDays, guidesFolder: guides)
        config.exportExamples = exportExamples
        config.precompress = precompress
        config.offline = offline
        config.brokenLinks = brokenLinks
        return config
    }
}
