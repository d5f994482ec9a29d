import FaroCore
import Foundation

/// An offline copy of the site per language, for organisations to pass on by WhatsApp, Bluetooth or USB
/// where data is scarce: `offline/faro-es.zip`, whose pages open from the files with relative links and
/// need nothing online, and, with `--zim` and zimwriterfs installed, `offline/faro-es.zim` for Kiwix readers.
/// Runs after every page and file is written, before the compressed copies are made.
///
/// The home pages link to the archive without its size: each home page is itself inside the archive, so
/// the size is not known when the page is rendered.
struct OfflineArchiveStep: BuildStep {
    let name = "make offline copies"

    func run(_ context: inout BuildContext) async throws {
        guard let writer = context.writer else { return }
        let content = try context.requireContent()
        guard content.config.offline, !context.options.preview else { return }
        let (theme, _) = try context.requireTheme()
        let options = context.options
        let location = SourceLocation(file: options.displayPath(options.content.appendingPathComponent("site.yaml")), line: 0, column: 0)
        guard let zip = ExternalProgram.find("zip", environment: options.environment) else {
            context.log.warning(OfflineProblem.zipMissing, at: location)
            return
        }
        let zimwriterfs = options.zim ? ExternalProgram.find("zimwriterfs", environment: options.environment) : nil
        if options.zim && zimwriterfs == nil { context.log.warning(OfflineProblem.zimWriterMissing, at: location) }
        let config = content.config
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("faro-offline-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let maker = OfflineArchiveMaker(config: config, writer: writer, work: work, zip: zip, zimwriterfs: zimwriterfs,
                                        log: context.log, location: location)
        let selection = OfflineSelection(content: content, themeStaticFiles: theme.staticFiles, written: writer.writtenPaths)
        let base = OfflineArchiveMaker.baseName(config)
        let log = context.log
        let written = await withTaskGroup(of: Int.self) { group in
            for language in config.languages {
                group.addTask {
                    let paths = selection.paths(for: language.code)
                    let copy = OfflineCopy(name: "\(base)-\(language.code)", paths: paths,
                                           rewriter: OfflineLinkRewriter(config: config, files: Set(paths)))
                    do {
                        return try await maker.make(copy, language: language)
                    } catch {
                        log.record(error, at: location, context: ["while making the offline copy in \(language.code)"])
                        return 0
                    }
                }
            }
            return await group.reduce(0, +)
        }
        context.report.otherFiles += written
    }
}
