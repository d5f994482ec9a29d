import FaroBuild
import Foundation

/// Runs the build pipeline into the preview's private folder and times it.
struct PreviewBuilder: Sendable {
    /// What to build.
    let options: PreviewOptions
    /// The private folder the site is published into.
    let siteFolder: URL
    /// The steps: those of `faro build`, so the preview shows exactly what would be published.
    let pipeline = Pipeline.standard(writesOutput: true)

    /// Builds once; `number` and `changedFiles` are carried into the outcome.
    func build(number: Int, changedFiles: [String]) async -> PreviewBuild {
        let start = ContinuousClock.now
        let result = await pipeline.run(options.buildOptions(output: siteFolder))
        return PreviewBuild(number: number, diagnostics: result.diagnostics, pageCount: result.failed ? 0 : result.report.pageCount,
                            duration: ContinuousClock.now - start, changedFiles: changedFiles)
    }
}
