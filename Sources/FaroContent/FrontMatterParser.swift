import FaroCore
import FaroYAML
import Yams

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
        // Lines are found in the UTF-8 bytes rather than by `Character`, which is slow; a `\n` right after
        // a `\r` does not end a line, just as the `\r\n` character is not the `\n` character.
        let bytes = text.utf8
        var line = 2
        var index = bytes.index(bytes.startIndex, offsetBy: 4, limitedBy: bytes.endIndex) ?? bytes.endIndex
        let yamlStart = index
        while index < bytes.endIndex {
            let lineEnd = lineEnd(in: bytes, from: index)
            if isClosingLine(bytes[index..<lineEnd]) {
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
                return Split(yaml: String(text[yamlStart..<index]), body: String(text[bodyStart...]), bodyLine: line + 1)
            }
            line += 1
            index = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
        }
        throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path), ContentProblem.unterminatedFrontMatter)])
    }

    /// The index of the `\n` that ends the line starting at `start`, or the end of the text.
    private static func lineEnd(in bytes: String.UTF8View, from start: String.Index) -> String.Index {
        var previous: UInt8 = 0
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { return index }
            previous = byte
            index = bytes.index(after: index)
        }
        return index
    }

    /// Whether a line is `---` or `...`.
    private static func isClosingLine(_ line: Substring.UTF8View) -> Bool {
        line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8)
    }

    /// Decodes the front matter YAML (which starts on file line 2).
    public static func decode(_ yaml: String, path: String) throws(DiagnosticsError) -> FrontMatter {
        // Most front matter is flat and valid: read it without Yams. Anything else, and every problem
        // with its location, comes from the full parser.
        if let node = FlatYAML.parse(yaml), case .success(let matter) = frontMatter(from: node, path: path) {
            return matter
        }
        return try decodeWithYAMLParser(yaml, path: path)
    }

    /// Decodes the front matter with the full YAML parser.
    static func decodeWithYAMLParser(_ yaml: String, path: String) throws(DiagnosticsError) -> FrontMatter {
        guard let node = try YAMLDocument.parse(yaml, file: path, lineOffset: 1) else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path, line: 2), YAMLProblem.missingKey("title"))])
        }
        return try frontMatter(from: node, path: path).get()
    }

    /// The front matter a YAML mapping describes, or every problem with it.
    private static func frontMatter(from node: Node, path: String) -> Result<FrontMatter, DiagnosticsError> {
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
        return reader.diagnostics.isEmpty ? .success(matter) : .failure(DiagnosticsError(reader.diagnostics))
    }
}
