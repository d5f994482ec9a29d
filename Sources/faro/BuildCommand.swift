import ArgumentParser
import FaroBuild
import Foundation

/// `faro build`: builds the site into the output folder, replacing it only when the whole build succeeded.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions
    @OptionGroup var messages: MessageOptions

    @Option(help: "The output folder; replaced only when the whole build succeeds.")
    var output = "Public"

    func run() async throws {
        let start = ContinuousClock.now
        if ProcessInfo.processInfo.environment["FARO_TIMINGS"] == "1" {
            Console.error("faro: allocator mimalloc \(Allocator.version)")
        }
        let progress = ProgressLine()
        var options = site.buildOptions(output: output, writesOutput: true)
        options.progress = progress.callback
        let result = await Pipeline.standard(writesOutput: true).run(options)
        progress.finish()
        let failed = Console.printDiagnostics(result.diagnostics, strict: site.strict, output: messages)
        if failed {
            Console.error(messages.language == .es ? "la construcción falló: \(output) quedó como estaba" : "build failed: \(output) was left as it was")
            throw ExitCode.failure
        }
        Console.out(Console.summary(result.report, elapsed: ContinuousClock.now - start, output: output,
                                    warnings: result.diagnostics.count))
    }
}

/// `faro check`: everything `build` validates, without writing anything.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate the site without writing anything.")

    @OptionGroup var site: SiteOptions
    @OptionGroup var messages: MessageOptions

    func run() async throws {
        let result = await Pipeline.standard(writesOutput: false).run(site.buildOptions(output: "Public", writesOutput: false))
        if Console.printDiagnostics(result.diagnostics, strict: site.strict, output: messages) { throw ExitCode.failure }
        let pages = result.report.pageCount, warnings = result.diagnostics.count
        Console.out(messages.language == .es ? "revisión correcta: \(pages) páginas, \(warnings) avisos" : "check passed: \(pages) pages, \(warnings) warnings")
    }
}
