import FaroContent
import FaroCore
import FaroDirectory
import Foundation

/// Reads and validates the directory records in `Content/directory/`, when there are any.
struct LoadDirectoryStep: BuildStep {
    let name = "load directory"

    func run(_ context: inout BuildContext) async throws {
        let options = context.options
        let folder = options.content.appendingPathComponent("directory")
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        let config = try context.requireContent().config
        let loader = DirectoryLoader(folder: folder, displayRoot: options.displayPath(folder), today: options.today,
                                     staleAfterDays: config.staleAfterDays)
        let (directory, warnings) = try loader.load()
        warnings.forEach(context.log.report)
        context.directory = directory
    }
}

/// Adds the directory's record and listing pages to the site, in every language.
struct DirectoryPagesStep: BuildStep {
    let name = "place directory pages"

    func run(_ context: inout BuildContext) async throws {
        guard let directory = context.directory, !directory.records.isEmpty else { return }
        let content = try context.requireContent()
        let (_, strings) = try context.requireTheme()
        let site = DirectorySite(directory: directory, config: content.config, strings: strings)
        let extended = content.adding(site.pages)
        extended.urlConflicts().forEach(context.log.report)
        context.content = extended
        context.directorySite = site
        context.report.recordCount = directory.records.count
    }
}
