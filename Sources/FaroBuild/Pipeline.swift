import FaroCore
import Foundation

/// Runs build steps in order; stops after the first step that reports an error, and publishes nothing then.
public struct Pipeline: Sendable {
    /// The steps, in order.
    public let steps: [any BuildStep]

    /// Creates a pipeline from steps.
    public init(steps: [any BuildStep]) {
        self.steps = steps
    }

    /// The steps of `faro build` (and, without output, of `faro check`).
    public static func standard(writesOutput: Bool) -> Pipeline {
        var steps: [any BuildStep] = writesOutput ? [RecoverOutputStep()] : []
        steps += [LoadContentStep(), LoadThemeStep(), LoadDirectoryStep(), DirectoryPagesStep(), PaginateStep(), IndexPagesStep()]
        if writesOutput { steps.append(PrepareOutputStep()) }
        steps += [ImageStep(), PrintStep(), RenderPagesStep(), LinkCheckStep(), SpecialPagesStep(), AliasesStep(), SitemapStep(), FeedStep(), RobotsStep(), ServerHintsStep(), DataExportStep(), CopyFilesStep()]
        if writesOutput { steps += [OfflineArchiveStep(), PrecompressStep(), PublishStep()] }
        return Pipeline(steps: steps)
    }

    /// Runs every step; the result carries all diagnostics and whether the site was published.
    public func run(_ options: BuildOptions) async -> BuildResult {
        await runKeepingContext(options).result
    }

    /// Runs every step, and also returns the context the steps filled (the preview keeps it for incremental rebuilds).
    func runKeepingContext(_ options: BuildOptions) async -> (result: BuildResult, context: BuildContext) {
        let context = await runSteps(BuildContext(options: options))
        let published = !context.log.hasErrors && options.writesOutput
        if !published, let staging = context.writer?.root {
            try? FileManager.default.removeItem(at: staging)
        }
        return (BuildResult(diagnostics: context.log.all, report: context.report, published: published), context)
    }

    /// Runs the steps in order over `context`, stopping after the first step that reports an error.
    func runSteps(_ start: BuildContext) async -> BuildContext {
        var context = start
        // FARO_TIMINGS=1 prints each step's wall time to standard error: the first tool for profiling a build.
        let timings = ProcessInfo.processInfo.environment["FARO_TIMINGS"] == "1"
        for step in steps {
            context.options.progress?(.step(step.name))
            let started = ContinuousClock.now
            do {
                try await step.run(&context)
            } catch {
                context.log.record(error, at: SourceLocation(file: "faro", line: 0, column: 0), context: ["in build step '\(step.name)'"])
            }
            if timings {
                let ms = (ContinuousClock.now - started) / .milliseconds(1)
                FileHandle.standardError.write(Data("faro: step \(step.name): \(String(format: "%.1f", ms)) ms\n".utf8))
            }
            if context.log.hasErrors { break }
        }
        return context
    }
}

/// The outcome of a build.
public struct BuildResult: Sendable {
    /// Every error and warning, sorted by location.
    public let diagnostics: [Diagnostic]
    /// What was made.
    public let report: BuildReport
    /// Whether the new site replaced the output folder.
    public let published: Bool

    /// Whether any error was reported.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }
}
