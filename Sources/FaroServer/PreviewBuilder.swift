import FaroBuild
import Foundation

/// Runs the build pipeline into the preview's private folder and times it; after a save that changed only
/// pages' text, renders just those pages (see `IncrementalBuilder`).
struct PreviewBuilder: Sendable {
    /// What to build.
    let options: PreviewOptions
    /// The private folder the site is published into.
    let siteFolder: URL
    /// The steps of `faro build`, so the preview shows exactly what would be published, with the last build kept.
    let builder = IncrementalBuilder()

    /// Builds once; `number` and `changedFiles` are carried into the outcome. `changedPaths` are the absolute
    /// paths of the files changed since the last build.
    func build(number: Int, changedFiles: [String], changedPaths: [String] = []) async -> PreviewBuild {
        let start = ContinuousClock.now
        let outcome = await builder.build(options.buildOptions(output: siteFolder), changed: changedPaths)
        let result = outcome.result
        return PreviewBuild(number: number, diagnostics: result.diagnostics, pageCount: result.failed ? 0 : result.report.pageCount,
                            duration: ContinuousClock.now - start, changedFiles: changedFiles, renderedPages: outcome.renderedPages)
    }
}
