import FaroCore

/// What a Markdown file's name says: `viajar-seguro.en.md` is page `viajar-seguro` in English.
struct ContentFileName {
    /// The name without language suffix and extension (`viajar-seguro`, `index`).
    let base: String
    /// The language suffix, if the name has one that looks like a language code.
    let languageSuffix: String?

    /// Whether the file is a folder's index page.
    var isIndex: Bool { base == "index" || base == "_index" }

    init(_ fileName: String) {
        var stem = fileName
        if stem.hasSuffix(".md") { stem.removeLast(3) }
        if let dot = stem.lastIndex(of: "."), Self.looksLikeLanguageCode(stem[stem.index(after: dot)...]) {
            base = String(stem[..<dot])
            languageSuffix = String(stem[stem.index(after: dot)...])
        } else {
            base = stem
            languageSuffix = nil
        }
    }

    /// `es`, `ht`, `fil`, `pt-BR`: two or three letters, optionally a region.
    static func looksLikeLanguageCode(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy({ $0.isLetter && $0.isASCII }) else { return false }
        guard parts.count <= 2 else { return false }
        return parts.count == 1 || (2...4).contains(parts[1].count) && parts[1].allSatisfy { ($0.isLetter || $0.isNumber) && $0.isASCII }
    }
}
