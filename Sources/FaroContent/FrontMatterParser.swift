import FaroCore
import FaroYAML

/// Splits a Markdown page into its YAML front matter and body, and decodes the front matter strictly.
public enum FrontMatterParser {
    /// A page split in two.
    public struct Split: Sendable {
        /// The YAML between the `---` lines.
        public var yaml: String
        /// The Markdown after the closing `---`.
        public var body: String
        /// One-based file line of the first body line.
        public var bodyLine: Int
    }

    /// Splits `text`; the file must open with a `---` line and close the block with `---` (or `...`).
    public static func split(_ text: String, path: String) throws(DiagnosticsError) -> Split {
        guard text.hasPrefix("---\n") || text == "---" else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path), ContentProblem.missingFrontMatter)])
        }
        var line = 2
        var index = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        let yamlStart = index
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let content = text[index..<lineEnd]
            if content == "---" || content == "..." {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return Split(yaml: String(text[yamlStart..<index]), body: String(text[bodyStart...]), bodyLine: line + 1)
            }
            line += 1
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path), ContentProblem.unterminatedFrontMatter)])
    }

    /// Decodes the front matter YAML (which starts on file line 2).
    public static func decode(_ yaml: String, path: String) throws(DiagnosticsError) -> FrontMatter {
        guard let node = try YAMLDocument.parse(yaml, file: path, lineOffset: 1) else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path, line: 2), YAMLProblem.missingKey("title"))])
        }
        var reader = MappingReader(node, file: path, lineOffset: 1)
        var matter = FrontMatter(title: reader.string("title", required: true) ?? "")
        matter.description = reader.string("description")
        matter.date = reader.day("date")
        matter.updated = reader.day("updated")
        matter.lastChecked = reader.day("last_checked")
        matter.weight = reader.int("weight")
        matter.draft = reader.bool("draft") ?? false
        if let slug = reader.string("slug") {
            if Slug.isValid(slug) { matter.slug = slug } else {
                reader.report(ContentProblem.invalidSlug(slug, suggestion: Slug.make(slug)), key: "slug")
            }
        }
        let aliasItems = reader.node("aliases")?.sequence.map(Array.init) ?? []
        for (index, alias) in (reader.strings("aliases") ?? []).enumerated() {
            if SafeURL.isSitePath(alias) { matter.aliases.append(alias) } else {
                // Each bad alias is reported at its own line of the list.
                let location = index < aliasItems.count ? YAMLDocument.location(of: aliasItems[index], file: path, lineOffset: 1)
                    : reader.valueLocation(of: "aliases")
                reader.absorb([Diagnostic(at: location, ContentProblem.invalidAlias(alias))])
            }
        }
        matter.tags = reader.strings("tags") ?? []
        matter.allowHTML = reader.bool("allow_html") ?? false
        matter.template = reader.string("template")
        matter.translationOf = reader.string("translation_of")
        if let review = reader.string("review") {
            if let state = ReviewState(rawValue: review) { matter.review = state } else {
                reader.report(YAMLProblem.invalidValue(key: "review", value: review, expected: "draft or reviewed"), key: "review")
            }
        }
        reader.rejectUnknownKeys()
        if !reader.diagnostics.isEmpty { throw DiagnosticsError(reader.diagnostics) }
        return matter
    }
}
