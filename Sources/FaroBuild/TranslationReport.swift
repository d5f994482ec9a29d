import FaroContent
import FaroCore
import FaroI18n

/// Which pages and UI strings each language lacks, so CSOs know what a reader in that language is not told.
public struct TranslationReport: Sendable {
    /// One source page in one other language.
    public struct Row: Sendable, Equatable {
        /// The source file, relative to the content folder.
        public var source: String
        /// The language of the translation.
        public var language: String
        /// Its status.
        public var status: TranslationStatus
        /// The translation's file, when there is one.
        public var translation: String?

        /// Creates a row.
        public init(source: String, language: String, status: TranslationStatus, translation: String?) {
            self.source = source
            self.language = language
            self.status = status
            self.translation = translation
        }
    }

    /// Rows for every source page and every language other than the default, sorted by language then source.
    public let rows: [Row]
    /// UI string keys each language lacks (filled from the default language).
    public let missingStrings: [String: [String]]
    /// Languages in site order, default first.
    public let languages: [Language]

    /// Builds the report from the loaded site.
    public init(content: SiteContent, strings: StringCatalog) {
        languages = content.config.languages
        let defaultCode = content.config.defaultLanguage.code
        var rows: [Row] = []
        for page in content.pages where page.language != defaultCode && !page.isGenerated {
            guard let source = content.source(of: page) else { continue }
            rows.append(Row(source: source.sourcePath, language: page.language, status: page.status,
                            translation: page.isFallback ? nil : page.sourcePath))
        }
        self.rows = rows.sorted { ($0.language, $0.source) < ($1.language, $1.source) }
        var missing: [String: [String]] = [:]
        for language in languages where !language.isDefault {
            let keys = strings.missingKeys(in: language.code)
            if !keys.isEmpty { missing[language.code] = keys }
        }
        missingStrings = missing
    }

    /// How many pages of a language have each status.
    public func counts(for language: String) -> [TranslationStatus: Int] {
        rows.filter { $0.language == language }.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    /// Whether every page of every language is a current, reviewed translation and no UI string is missing.
    public var isComplete: Bool {
        rows.allSatisfy { $0.status == .current } && missingStrings.isEmpty
    }

    /// A table per language for the terminal, followed by the pages that need work.
    public var text: String {
        let statuses: [TranslationStatus] = [.current, .outdated, .draft, .missing]
        var lines = ["language            " + statuses.map { $0.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) }.joined() + "UI strings missing"]
        for language in languages where !language.isDefault {
            let counts = counts(for: language.code)
            let name = "\(language.code) \(language.name)".padding(toLength: 20, withPad: " ", startingAt: 0)
            lines.append(name + statuses.map { String(counts[$0, default: 0]).padding(toLength: 9, withPad: " ", startingAt: 0) }.joined()
                         + String(missingStrings[language.code]?.count ?? 0))
        }
        for row in rows where row.status != .current {
            lines.append("\(row.language) \(row.status.rawValue): \(row.translation ?? row.source)")
        }
        for (language, keys) in missingStrings.sorted(by: { $0.key < $1.key }) {
            lines.append("\(language) UI strings missing: \(keys.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }

    /// The rows as CSV (RFC 4180), for a spreadsheet.
    public var csv: String {
        var lines = ["language,source,status,translation"]
        for row in rows {
            lines.append([row.language, row.source, row.status.rawValue, row.translation ?? ""].map(Self.csvField).joined(separator: ","))
        }
        for (language, keys) in missingStrings.sorted(by: { $0.key < $1.key }) {
            for key in keys { lines.append([language, "i18n:" + key, TranslationStatus.missing.rawValue, ""].map(Self.csvField).joined(separator: ",")) }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

extension Pipeline {
    /// Loads content and theme only (no rendering), for reports that need the site but not its pages.
    public static func loadOnly() -> Pipeline {
        Pipeline(steps: [LoadContentStep(), LoadThemeStep()])
    }

    /// Loads the site and returns its translation report, or the diagnostics that stopped the load.
    public func translationReport(_ options: BuildOptions) async -> (TranslationReport?, [Diagnostic]) {
        let context = await runSteps(BuildContext(options: options))
        if context.log.hasErrors { return (nil, context.log.all) }
        guard let content = context.content, let strings = context.strings else { return (nil, context.log.all) }
        return (TranslationReport(content: content, strings: strings), context.log.all)
    }
}
