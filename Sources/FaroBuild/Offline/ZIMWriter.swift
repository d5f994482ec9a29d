import FaroCore
import Foundation

/// Makes a ZIM file (for Kiwix readers) of an offline copy's folder with `zimwriterfs` (Debian's `zim-tools`).
///
/// Not reproducible, unlike the ZIP archives: zimwriterfs gives every file a random UUID and records the
/// day it ran (`Date` metadata), so two builds of the same site give ZIM files that differ in those bytes.
struct ZIMWriter: Sendable {
    /// The `zimwriterfs` program.
    let program: ExternalProgram

    /// What Kiwix shows about the file.
    struct Metadata: Sendable {
        /// The page Kiwix opens first, relative to the folder (`es/index.html`).
        var welcome: String
        /// ISO 639-3 code of the content (`spa`).
        var language: String
        /// Short title (Kiwix asks for at most 30 characters).
        var title: String
        /// One line (at most 80 characters).
        var description: String
        /// Who made the content.
        var creator: String
        /// Who made the ZIM file.
        var publisher: String
        /// A stable identifier across versions (`faro_es`).
        var name: String
        /// Where the content comes from (the site's base URL).
        var source: String
    }

    /// The name of the 48×48 illustration that `write` adds to the folder.
    static let illustrationName = "zim-illustration-48.png"

    /// Writes `folder` as a ZIM file at `output`; adds the illustration to the folder first.
    /// `-j` leaves out the full-text index (Kiwix still searches titles), which made the file half as large
    /// again; `-J 1` keeps to one thread, as the languages are already made side by side.
    func write(_ folder: URL, to output: URL, metadata: Metadata) async throws(OfflineProblem) {
        do {
            try KiwixIllustration.png().write(to: folder.appendingPathComponent(Self.illustrationName))
        } catch {
            throw OfflineProblem.programFailed(program: "zimwriterfs", file: output.lastPathComponent, output: "\(error)")
        }
        let arguments = ["-j", "-J", "1", "-w", metadata.welcome, "-I", Self.illustrationName, "-l", metadata.language,
                         "-t", metadata.title, "-d", metadata.description, "-c", metadata.creator, "-p", metadata.publisher,
                         "-n", metadata.name, "-e", metadata.source, folder.path, output.path]
        try await program.run(arguments, in: folder.deletingLastPathComponent(), environment: ["LC_ALL": "C.UTF-8"],
                              making: output.lastPathComponent)
    }

    /// ISO 639-3 codes of the languages the portal is likely to use, by the ISO 639-1 code Faro uses.
    static let iso6393: [String: String] = [
        "es": "spa", "en": "eng", "ht": "hat", "fr": "fra", "pt": "por", "ar": "ara", "de": "deu", "it": "ita",
        "ru": "rus", "zh": "zho", "uk": "ukr", "qu": "que", "ff": "ful", "wo": "wol", "hi": "hin",
    ]

    /// The ISO 639-3 code of a language code, or nil when Faro knows none (a three-letter code is taken as it is).
    static func iso6393(for code: String) -> String? {
        let base = code.split(separator: "-").first.map { $0.lowercased() } ?? code
        return iso6393[base] ?? (base.count == 3 ? base : nil)
    }

    /// At most `limit` characters, cut at a word with `…` when longer.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let word = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return word.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
    }
}
