import ArgumentParser
import FaroBuild
import Foundation

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(help: "The content folder, with site.yaml.")
    var content = "Content"

    @Option(help: "The theme folder (default: Themes/<theme from site.yaml> beside the content folder).")
    var theme: String?

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .customLong("pdf"), inversion: .prefixedNo,
          help: "Make the print editions (PDFs); --pdf makes a missing WeasyPrint an error, --no-pdf skips them.")
    var pdf: Bool?

    @Flag(help: "Also write the offline copies as ZIM files for Kiwix (needs zim-tools; ZIM files are not reproducible).")
    var zim = false

    func buildOptions(output: String, writesOutput: Bool) -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var options = BuildOptions(content: URL(fileURLWithPath: content, relativeTo: cwd),
                            theme: theme.map { URL(fileURLWithPath: $0, relativeTo: cwd) },
                            output: URL(fileURLWithPath: output, relativeTo: cwd),
                            includeDrafts: drafts, writesOutput: writesOutput, workingDirectory: cwd)
        options.pdf = pdf.map { $0 ? .required : .skip } ?? .auto
        options.zim = zim
        return options
    }
}
