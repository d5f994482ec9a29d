import ArgumentParser

/// The `faro` command: a thin layer over `FaroBuild`.
@main
struct Faro: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faro",
        abstract: "Builds a multilingual, low-bandwidth static site from Markdown and YAML.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, TranslationsCommand.self, ImportCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
