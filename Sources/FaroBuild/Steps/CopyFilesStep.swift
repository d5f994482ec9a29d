import FaroCore
import Foundation

/// Copies files through: the content's (`Content/static/`, images beside pages) first,
/// then the theme's `static/` where the content has not put a file of the same name.
struct CopyFilesStep: BuildStep {
    let name = "copy static files"

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let (theme, _) = try context.requireTheme()
        let options = context.options
        for file in content.staticFiles {
            guard FileManager.default.isReadableFile(atPath: file.source.path) else {
                context.log.error(BuildProblem.writeFailed(path: file.target, reason: "source is not readable"),
                                  at: SourceLocation(file: options.displayPath(file.source), line: 0, column: 0))
                continue
            }
            do {
                try context.writer?.copy(context.imageReplacements[file.source.path] ?? file.source, to: file.target)
                context.report.otherFiles += 1
            } catch {
                context.log.error(error, at: SourceLocation(file: options.displayPath(file.source), line: 0, column: 0))
            }
        }
        for relative in theme.staticFiles {
            guard context.writer?.contains(relative) != true else { continue }
            let source = theme.folder.appendingPathComponent("static").appendingPathComponent(relative)
            do {
                try context.writer?.copy(source, to: relative)
                context.report.otherFiles += 1
            } catch {
                context.log.error(error, at: SourceLocation(file: options.displayPath(source), line: 0, column: 0))
            }
        }
    }
}
