import ArgumentParser
import FaroBuild
import Foundation

/// `faro build`: builds the site into the output folder, replacing it only when the whole build succeeded.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into the output folder.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The output folder; replaced only when the whole build succeeds.")
    var output = "Public"

    func run() async throws {
        let start = ContinuousClock.now
        let result = await Pipeline.standard(writesOutput: true).run(site.buildOptions(output: output, writesOutput: true))
        let failed = Console.printDiagnostics(result.diagnostics, strict: site.strict)
        if failed {
            Console.error("build failed: \(output) was left as it was")
            throw ExitCode.failure
        }
        Console.out(Console.summary(result.report, elapsed: ContinuousClock.now - start, output: output))
    }
}

/// `faro check`: everything `build` validates, without writing anything.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate the site without writing anything.")

    @OptionGroup var site: SiteOptions

    func run() async throws {
        let result = await Pipeline.standard(writesOutput: false).run(site.buildOptions(output: "Public", writesOutput: false))
        if Console.printDiagnostics(result.diagnostics, strict: site.strict) { throw ExitCode.failure }
        Console.out("check passed: \(result.report.pageCount) pages, \(result.diagnostics.count) warnings")
    }
}
