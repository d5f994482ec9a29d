import ArgumentParser
import FaroContent
import FaroCore
import FaroScaffold
import Foundation

/// `faro new page|guide|shelter|organization`: creates a correctly formed file in the right folder and prints its path.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a page, guide, shelter or organization with every required field.",
        subcommands: [PageCommand.self, GuideCommand.self, ShelterCommand.self, OrganizationCommand.self])

    /// Options every kind shares.
    struct Common: ParsableArguments {
        @Option(help: "The content folder, with site.yaml.")
        var content = "Content"

        @Option(name: .customLong("lang"), help: "The language of the new file (default: the site's default language).")
        var language: String?

        /// Creates the files of `request` and prints their paths, or prints why not.
        func create(_ request: ScaffoldRequest) throws {
            let folder = URL(fileURLWithPath: content)
            let config: SiteConfig
            do {
                config = try SiteConfigLoader.load(folder.appendingPathComponent("site.yaml"), path: content + "/site.yaml")
            } catch {
                _ = Console.printDiagnostics(error.diagnostics, strict: false)
                throw ExitCode.failure
            }
            var request = request
            request.language = language
            do {
                for path in try Scaffold(config: config, content: folder, displayRoot: content).create(request) { Console.out(path) }
            } catch {
                // --lang names the new file's language here, so messages follow the locale.
                Console.error("error: \(error.message(in: MessageLanguage.fromLocale(ProcessInfo.processInfo.environment)))")
                throw ExitCode.failure
            }
        }
    }

    /// `faro new page guias/nueva-pagina --title "Título"`.
    struct PageCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "page", abstract: "Create a Markdown page.")

        @Argument(help: "The page's path in the content folder, without language or extension (guias/nueva-pagina).")
        var path: String

        @Option(help: "The page's title.")
        var title: String

        @OptionGroup var common: Common

        func run() throws {
            try common.create(ScaffoldRequest(kind: .page, name: path, title: title))
        }
    }

    /// `faro new guide viajar-de-noche --title "Viajar de noche"`.
    struct GuideCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "guide", abstract: "Create a guide: an index page and its first chapter.")

        @Argument(help: "The guide's slug (viajar-de-noche).")
        var slug: String

        @Option(help: "The guide's title.")
        var title: String

        @Option(help: "The first chapter's title (default: 'Primera parte' or its translation).")
        var chapter: String?

        @Option(help: "The folder of guides inside the content folder.")
        var section = "guias"

        @OptionGroup var common: Common

        func run() throws {
            try common.create(ScaffoldRequest(kind: .guide, name: slug, title: title, guideSection: section, chapterTitle: chapter))
        }
    }

    /// `faro new shelter albergue-x --name "…" --state Tamaulipas --city Reynosa`.
    struct ShelterCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "shelter", abstract: "Create a shelter record (sample data unless --real).")

        @OptionGroup var record: RecordOptions

        @Option(help: "The state, one of Mexico's 32 (accents and case do not matter).")
        var state: String

        @Option(help: "The city or town.")
        var city: String

        @OptionGroup var common: Common

        func run() throws {
            try common.create(record.request(.shelter, state: state, city: city))
        }
    }

    /// `faro new organization sin-fronteras --name "…"`.
    struct OrganizationCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "organization", abstract: "Create an organization record (sample data unless --real).")

        @OptionGroup var record: RecordOptions

        @Option(help: "The state of its main office.")
        var state: String?

        @Option(help: "The city of its main office.")
        var city: String?

        @OptionGroup var common: Common

        func run() throws {
            try common.create(record.request(.organization, state: state, city: city))
        }
    }

    /// Options of both kinds of record.
    struct RecordOptions: ParsableArguments {
        @Argument(help: "The record's id, a slug that is also its file name (albergue-norte).")
        var id: String

        @Option(help: "The name the place or organization goes by.")
        var name: String

        @Flag(help: "A real, verified record: no 'example: true'; needs --source.")
        var real = false

        @Option(help: "How the data was verified (\"Llamada al 868 000 0000\"); required with --real.")
        var source: String?

        func request(_ kind: ScaffoldKind, state: String?, city: String?) -> ScaffoldRequest {
            ScaffoldRequest(kind: kind, name: id, title: name, state: state, city: city, source: source, isExample: !real)
        }
    }
}
