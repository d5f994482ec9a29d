import ArgumentParser
import FaroCore
import FaroServer
import Foundation

/// `faro serve`: a live preview that rebuilds on every save and reloads open pages; `Public/` is never touched.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser; rebuild and reload on every change.",
        discussion: "The preview is built into a temporary folder, in memory where the system has /dev/shm (never Public/), so nothing is published; it is removed when you press Ctrl-C to stop.")

    @Option(help: "The content folder, with site.yaml.")
    var content = "Content"

    @Option(help: "The theme folder (default: Themes/<theme from site.yaml> beside the content folder).")
    var theme: String?

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 1313

    @Option(help: "The address to listen on. Keep 127.0.0.1 unless other machines must see the preview.")
    var host = "127.0.0.1"

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Build the preview in the temporary folder on the disk instead of in memory (/dev/shm), for a site too large to hold in memory.")
    var onDisk = false

    @OptionGroup var messages: MessageOptions

    func run() async throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = PreviewOptions(content: URL(fileURLWithPath: content, relativeTo: cwd),
                                     theme: theme.map { URL(fileURLWithPath: $0, relativeTo: cwd) },
                                     includeDrafts: drafts, workingDirectory: cwd, host: host, port: port,
                                     messageLanguage: messages.language)
        options.buildsOnDisk = onDisk
        // Caught from the start, so a Ctrl-C during the first build also stops cleanly.
        let (interrupts, continuation) = AsyncStream<Int32>.makeStream()
        let sources = Self.catchInterrupts(continuation)
        defer { sources.forEach { $0.cancel() } }
        let spanish = messages.language == .es
        let printer = PreviewPrinter(language: messages.language)
        let server = PreviewServer(options: options) { printer.print($0) }
        let address: URL
        do {
            address = try await server.start()
        } catch {
            Console.error("error: \(error.message(in: messages.language))")
            throw ExitCode.failure
        }
        let watched = options.watchedFolders.map(options.displayPath).joined(separator: spanish ? " y " : " and ")
        let folder = server.siteFolder.path
        Console.out(spanish ? "vista previa en \(address.absoluteString)" : "serving \(address.absoluteString)")
        Console.out(spanish ? "vigilando \(watched); la vista previa se construye en \(folder), nunca en Public/"
                            : "watching \(watched); the preview is built in \(folder), never in Public/")
        if host != "127.0.0.1" && host != "localhost" && host != "::1" {
            Console.out(spanish ? "nota: escuchando en \(host): otras computadoras de la red pueden abrir esta vista previa"
                                : "note: listening on \(host): other machines on the network can open this preview")
        }
        Console.out(spanish ? "pulsa Ctrl-C para terminar" : "press Ctrl-C to stop")
        fflush(nil)
        for await _ in interrupts { break }
        await server.stop()
        Console.out(spanish ? "terminado" : "stopped")
    }

    /// Turns Ctrl-C (SIGINT) and SIGTERM into values of `continuation`, so the server can stop and remove its folder.
    static func catchInterrupts(_ continuation: AsyncStream<Int32>.Continuation) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { continuation.yield(signalNumber) }
            source.resume()
            return source
        }
    }
}

/// Prints the preview's events: every diagnostic of a failed build, new warnings, and the time of each build.
final class PreviewPrinter: @unchecked Sendable {
    // Events come one at a time from the rebuild loop; the lock only guards against a stray overlap.
    private let lock = NSLock()
    private var knownWarnings: Set<String> = []
    private let language: MessageLanguage

    init(language: MessageLanguage) {
        self.language = language
    }

    func print(_ event: PreviewEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .rebuilding(let changed):
            let more = language == .es ? " y \(changed.count - 3) más" : " and \(changed.count - 3) more"
            let shown = changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? more : "")
            Console.out((language == .es ? "cambió: " : "changed: ") + shown)
        case .built(let build):
            report(build)
        }
        // A long-running command: show each line as it happens, also when the output goes to a pipe or a file.
        fflush(nil)
    }

    private func report(_ build: PreviewBuild) {
        let spanish = language == .es
        let seconds = String(format: "%.2f", build.seconds)
        if build.failed {
            for diagnostic in build.diagnostics { Console.error(diagnostic.formatted(in: language)) }
            let errors = build.errors.count
            Console.error(spanish
                ? "la construcción falló en \(seconds) s: \(errors) error\(errors == 1 ? "" : "es"); el navegador los muestra hasta que se corrijan"
                : "build failed in \(seconds) s: \(errors) error\(errors == 1 ? "" : "s"); the browser shows them until they are fixed")
            return
        }
        let warnings = build.diagnostics.filter { $0.severity == .warning }
        let fresh = warnings.filter { !knownWarnings.contains($0.description) }
        for warning in fresh { Console.error(warning.formatted(in: language)) }
        knownWarnings = Set(warnings.map(\.description))
        let pages = build.pageCount
        if spanish {
            let verb = build.number == 1 ? "construido" : "reconstruido"
            let note = warnings.isEmpty ? "" : ", \(warnings.count) aviso\(warnings.count == 1 ? "" : "s")"
            let scope = build.renderedPages.map { "\($0) de \(pages) páginas renderizadas" } ?? "\(pages) página\(pages == 1 ? "" : "s")"
            Console.out("\(verb) en \(seconds) s (\(scope)\(note))")
        } else {
            let verb = build.number == 1 ? "built" : "rebuilt"
            let note = warnings.isEmpty ? "" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
            let scope = build.renderedPages.map { "\($0) of \(pages) pages rendered" } ?? "\(pages) page\(pages == 1 ? "" : "s")"
            Console.out("\(verb) in \(seconds) s (\(scope)\(note))")
        }
    }
}
