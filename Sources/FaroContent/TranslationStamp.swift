import FaroCore
import FaroYAML
import Foundation

/// Reads and writes the `translation_of:` fingerprint that ties a translation to the text of its source.
public enum TranslationStamp {
    /// Problems stamping a translation.
    public enum Problem: FaroProblem, Equatable {
        /// The file has no language suffix of a language other than the default.
        case notATranslation(String)
        /// No file in the default language sits beside the translation.
        case sourceNotFound(String)

        public var description: String {
            switch self {
            case .notATranslation(let path): return "\(path) is not a translation: its name needs a language suffix such as .en.md"
            case .sourceNotFound(let path): return "no source page in the default language beside \(path)"
            }
        }
    }

    /// The fingerprint of the page in a file: what a translation of it records in `translation_of:`.
    public static func hash(ofPageAt url: URL, displayPath: String) throws(DiagnosticsError) -> String {
        let split = try FrontMatterParser.split(SourceText.read(url, displayPath: displayPath), path: displayPath)
        let matter = try FrontMatterParser.decode(split.yaml, path: displayPath)
        return ContentHash.of(matter.title + "\n\n" + split.body)
    }

    /// The default-language file a translation translates (`a.en.md` → `a.es.md` or `a.md`).
    public static func sourceFile(for translation: URL, config: SiteConfig) throws(DiagnosticsError) -> URL {
        let name = ContentFileName(translation.lastPathComponent)
        let path = translation.path
        guard let suffix = name.languageSuffix, suffix != config.defaultLanguage.code else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path, line: 0, column: 0), Problem.notATranslation(path))])
        }
        let folder = translation.deletingLastPathComponent()
        for candidate in ["\(name.base).\(config.defaultLanguage.code).md", "\(name.base).md"] {
            let url = folder.appendingPathComponent(candidate)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        throw DiagnosticsError([Diagnostic(at: SourceLocation(file: path, line: 0, column: 0), Problem.sourceNotFound(path))])
    }

    /// Writes `translation_of: <hash>` into a translation's front matter, replacing an older value,
    /// leaving every other line as it was. Returns the new text.
    public static func stamped(_ text: String, hash: String, path: String) throws(DiagnosticsError) -> String {
        let split = try FrontMatterParser.split(text, path: path)
        var lines = split.yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let entry = "translation_of: \(hash)"
        if let index = lines.firstIndex(where: { $0.hasPrefix("translation_of:") }) {
            lines[index] = entry
        } else {
            lines.append(entry)
        }
        return "---\n" + lines.joined(separator: "\n") + "\n---\n" + split.body
    }

    /// Stamps the translation at `url` with its source's current fingerprint, in place; returns the fingerprint.
    public static func stamp(fileAt url: URL, displayPath: String, config: SiteConfig) throws -> String {
        let source = try sourceFile(for: url, config: config)
        let hash = try hash(ofPageAt: source, displayPath: source.path)
        let text = try stamped(SourceText.read(url, displayPath: displayPath), hash: hash, path: displayPath)
        try Data(text.utf8).write(to: url)
        return hash
    }
}
