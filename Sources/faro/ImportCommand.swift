import ArgumentParser
import FaroCore
import FaroDirectory
import Foundation

/// `faro import`: brings data kept elsewhere into content files.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn spreadsheet exports into directory records.",
        subcommands: [SheltersCommand.self]
    )

    /// `faro import shelters FILE.csv`: one record file per spreadsheet row.
    struct SheltersCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "shelters",
            abstract: "Write Content/directory/shelters/<id>.yaml for each row of a CSV file.",
            discussion: """
            The first row names the columns, in Spanish or English; required: \
            \(ImportColumn.required.map(\.suggestedHeader).joined(separator: ", ")). Accepted headers:
            \(ImportColumn.allCases.map { "  " + $0.headers.joined(separator: " / ") }.joined(separator: "\n"))
            Separators: comma or semicolon. Several phone numbers in one cell: separate them with / , ; or " o ". \
            Lists (services, populations, languages): separate with , or ;. Dates: 2026-11-29 or 29/11/2026.
            """
        )

        @Argument(help: "The CSV file, exported from a spreadsheet (UTF-8).")
        var file: String

        @Option(help: "The content folder, with directory/ inside.")
        var content = "Content"

        @Flag(help: "Check every row and report what would be written, without writing anything.")
        var dryRun = false

        @Flag(help: "Replace record files that already exist with other content.")
        var overwrite = false

        @Flag(help: "Mark every record 'example: true' (sample data, labelled as such on the site).")
        var example = false

        func run() throws {
            let options = ImportOptions(dryRun: dryRun, overwrite: overwrite, example: example)
            let report = ShelterImport(content: URL(fileURLWithPath: content), contentDisplayPath: content, today: Day.today(), options: options)
                .run(csv: URL(fileURLWithPath: file), displayPath: file)
            for line in report.fileLines { Console.out(line) }
            _ = Console.printDiagnostics(report.diagnostics, strict: false)
            Console.out(report.summary)
            if report.failed || report.skipped > 0 { throw ExitCode.failure }
        }
    }
}
