import FaroCore
import FaroI18n
import FaroTheme
import Foundation

/// Loads the theme's templates and CSS, and the UI strings of the theme overridden by the content's.
struct LoadThemeStep: BuildStep {
    let name = "load theme"

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let options = context.options
        let folder = options.theme ?? options.content.deletingLastPathComponent()
            .appendingPathComponent("Themes").appendingPathComponent(content.config.theme)
        context.theme = try Theme(folder: folder, displayPath: options.displayPath(folder))
        let languages = content.config.languages.map(\.code)
        let strings = try StringCatalog.load(
            folders: [folder.appendingPathComponent("i18n"), options.content.appendingPathComponent("i18n")],
            languages: languages, defaultLanguage: content.config.defaultLanguage.code,
            displayPath: options.displayPath)
        let known = strings.keys
        for use in context.theme?.stringKeys ?? [] where !known.contains(use.key) {
            context.log.error(ThemeProblem.unknownStringKey(use.key), at: use.location)
        }
        context.strings = strings
    }
}
