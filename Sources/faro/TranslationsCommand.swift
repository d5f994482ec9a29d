import ArgumentParser
import FaroBuild
import FaroContent
import FaroCore
import Foundation

/// `faro translations`: what each language is missing, and the fingerprints that tie translations to their source.
struct TranslationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Report, per language, which pages are current, outdated, draft or missing.",
        subcommands: [ReportCommand.self, HashCommand.self, StampCommand.self],
        defaultSubcommand: ReportCommand.self
    )

    /// `faro translations report`: the table, and optionally a CSV for a spreadsheet.
    struct ReportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "report", abstract: "Print the translation report.")

        @OptionGroup var site: SiteOptions

        @Option(help: "Also write the report as CSV to this file.")
        var csv: String?

        func run() async throws {
            let (report, diagnostics) = await Pipeline.loadOnly().translationReport(site.buildOptions(output: "Public", writesOutput: false))
            guard let report else {
                _ = Console.printDiagnostics(diagnostics, strict: false)
                throw ExitCode.failure
            }
            Console.out(report.text)
            if let csv {
                try Data(report.csv.utf8).write(to: URL(fileURLWithPath: csv))
                Console.out("wrote \(csv)")
            }
            if site.strict && !report.isComplete {
                Console.error("translations are incomplete (--strict)")
                throw ExitCode.failure
            }
        }
    }

    /// `faro translations hash FILE`: the fingerprint of a page, as a translation of it records it.
    struct HashCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "hash", abstract: "Print the translation_of value for a source page.")

        @Argument(help: "A Markdown page.")
        var file: String

        func run() throws {
            do {
                Console.out(try TranslationStamp.hash(ofPageAt: URL(fileURLWithPath: file), displayPath: file))
            } catch {
                _ = Console.printDiagnostics(error.diagnostics, strict: false)
                throw ExitCode.failure
            }
        }
    }

    /// `faro translations stamp FILE…`: records that each translation now matches its source's current text.
    struct StampCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stamp",
            abstract: "Mark translations as up to date with their source (writes translation_of).")

        @Option(help: "The content folder, with site.yaml.")
        var content = "Content"

        @Argument(help: "Translated Markdown pages, such as Content/guias/comar.en.md.")
        var files: [String]

        func run() throws {
            do {
                let config = try SiteConfigLoader.load(URL(fileURLWithPath: content).appendingPathComponent("site.yaml"), path: content + "/site.yaml")
                for file in files {
                    let hash = try TranslationStamp.stamp(fileAt: URL(fileURLWithPath: file), displayPath: file, config: config)
                    Console.out("\(file): translation_of: \(hash)")
                }
            } catch let error as DiagnosticsError {
                _ = Console.printDiagnostics(error.diagnostics, strict: false)
                throw ExitCode.failure
            }
        }
    }
}
