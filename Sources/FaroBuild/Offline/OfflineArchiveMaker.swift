import FaroCore
import Foundation

/// Makes one language's archives from the built site: writes its offline copy into a work folder, archives
/// it as `offline/<name>.zip` and, when zimwriterfs is installed, as `offline/<name>.zim`.
struct OfflineArchiveMaker: Sendable {
    /// The site's settings.
    let config: SiteConfig
    /// Writes into the build's staging folder, which also holds the built site the copy is taken from.
    let writer: OutputWriter
    /// A folder of the maker's own, removed by the caller afterwards.
    let work: URL
    /// The `zip` program.
    let zip: ExternalProgram
    /// The `zimwriterfs` program, when installed.
    let zimwriterfs: ExternalProgram?
    /// Where ZIM problems are reported (they are warnings: the ZIP archive is the copy Faro promises).
    let log: DiagnosticLog
    /// The location problems are reported at (`site.yaml`).
    let location: SourceLocation

    /// Makes the archives of `copy`, in `language`; returns how many files were written.
    func make(_ copy: OfflineCopy, language: Language) async throws -> Int {
        let folder = work.appendingPathComponent(language.code, isDirectory: true)
        let files = try copy.write(from: writer.root, into: folder)
        let archive = folder.appendingPathComponent(copy.name + ".zip")
        try await ReproducibleZip(program: zip).archive(copy.paths.map { copy.name + "/" + $0 }, in: folder, to: archive)
        try writer.copy(archive, to: "offline/\(copy.name).zip")
        guard let zimwriterfs else { return 1 }
        guard let code = ZIMWriter.iso6393(for: language.code) else {
            log.warning(OfflineProblem.noISO6393Code(language.code), at: location)
            return 1
        }
        let zim = folder.appendingPathComponent(copy.name + ".zim")
        let welcome = copy.paths.contains(language.code + "/index.html") ? language.code + "/index.html" : "index.html"
        let metadata = ZIMWriter.Metadata(
            welcome: welcome, language: code, title: ZIMWriter.shortened("\(config.name) (\(language.name))", to: 30),
            description: ZIMWriter.shortened(config.title(in: language.code), to: 80), creator: config.name,
            publisher: config.name, name: copy.name.replacingOccurrences(of: "-", with: "_"), source: config.baseURL)
        do {
            try await ZIMWriter(program: zimwriterfs).write(files, to: zim, metadata: metadata)
            try writer.copy(zim, to: "offline/\(copy.name).zim")
            return 2
        } catch {
            log.record(error, at: location, context: ["while making the ZIM file in \(language.code)"])
            return 1
        }
    }

    /// The archives' base name, from the site's name (`Faro` → `faro`, so `faro-es.zip`).
    static func baseName(_ config: SiteConfig) -> String {
        let slug = Slug.make(config.name)
        return slug.isEmpty ? "site" : slug
    }
}
