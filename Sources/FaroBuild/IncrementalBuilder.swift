import FaroContent
import FaroCore
import Foundation

/// Builds for the preview server, keeping the last good build in memory. When a save changed pages without
/// moving anything (their text, or the front matter of regular pages with the same URL; see `ContentUpdate`),
/// it renders just the pages that show what changed (the pages, their fallbacks in other languages,
/// translations whose status moved, the sections listing them and the A–Z index), writes the feeds and
/// sitemap again when they may differ, checks links again and writes into the published folder. Any other
/// change, or any error, gets a full build like `faro build`.
public actor IncrementalBuilder {
    private let pipeline = Pipeline.standard(writesOutput: true)
    /// The last published build: its context, the files it wrote, and its diagnostics.
    private var last: (context: BuildContext, output: [String], diagnostics: [Diagnostic])?

    /// Creates a builder with nothing built yet.
    public init() {}

    /// What one build did.
    public struct Outcome: Sendable {
        /// Diagnostics, report and whether the site was published.
        public let result: BuildResult
        /// Pages rendered when the build was incremental; nil for a full build.
        public let renderedPages: Int?
    }

    /// Builds; `changed` holds the absolute paths of the files changed since the last build (empty for the first).
    public func build(_ options: BuildOptions, changed: [String]) async -> Outcome {
        if let outcome = await incremental(options, changed: changed) { return outcome }
        let (result, context) = await pipeline.runKeepingContext(options)
        last = result.published ? (context, context.writer?.writtenPaths ?? [], result.diagnostics) : nil
        return Outcome(result: result, renderedPages: nil)
    }

    /// The incremental build, or nil when the change needs a full one.
    private func incremental(_ options: BuildOptions, changed: [String]) async -> Outcome? {
        guard let last, options.writesOutput, !changed.isEmpty, let content = last.context.content else { return nil }
        let root = options.content.path + "/"
        var relative: [String] = []
        for path in changed {
            guard path.hasPrefix(root), path.hasSuffix(".md") else { return nil }
            relative.append(String(path.dropFirst(root.count)))
        }
        let loader = ContentLoader(contentURL: options.content, displayRoot: options.displayPath(options.content),
                                   includeDrafts: options.includeDrafts)
        guard let update = ContentUpdate.pages(of: relative, in: content, loader: loader) else { return nil }
        var render = update.affected
        var steps: [any BuildStep] = []
        var siteIndex = last.context.siteIndex
        if update.frontMatterChanged {
            // Titles and tags place pages in the A–Z and topic index: made again, and if it now has other
            // pages (a new letter or topic), the site's shape changed and a full build follows.
            guard let strings = last.context.strings, let old = siteIndex else { return nil }
            let index = SiteIndex(content: update.content, strings: strings)
            guard index.pages.map(\.id) == old.pages.map(\.id) else { return nil }
            siteIndex = index
            // Index pages show titles, dates and descriptions of their entries: those holding a changed page, or
            // whose entries moved, are rendered again, with each language's first page (its letters and topics).
            let changed = Set(update.affected.map(\.translationKey))
            let rendered = Set(render.map(\.id))
            render += update.content.pages.filter { page in
                guard page.dataKey == "site-index", !rendered.contains(page.id) else { return false }
                let key = page.translationKey + ":" + page.language
                guard let new = index.listings[key], let previous = old.listings[key] else { return true }
                return new.heading == nil || new.entries.map(\.id) != previous.entries.map(\.id)
                    || new.entries.contains { changed.contains($0.translationKey) }
            }
            steps.append(FeedStep())
            if update.datesChanged { steps.append(SitemapStep()) }
        }

        var context = BuildContext(options: options)
        context.content = update.content
        context.theme = last.context.theme
        context.strings = last.context.strings
        context.directory = last.context.directory
        context.directorySite = last.context.directorySite
        context.printLinks = last.context.printLinks
        context.imageSizes = last.context.imageSizes
        context.siteIndex = siteIndex
        context.pageLinks = last.context.pageLinks
        context.report = last.context.report
        context.earlierOutput = last.output
        context.writer = OutputWriter(root: options.output, replacesAtomically: true)   // the folder is being served
        for step in [RenderPagesStep(only: render), LinkCheckStep()] + steps {
            options.progress?(.step(step.name))
            do {
                try await step.run(&context)
            } catch {
                return nil
            }
        }
        if context.log.hasErrors { return nil }   // a full build reports the problem as `faro build` would

        // Problems of files that did not change still stand; the link check ran again over every page.
        let changedFiles = Set(relative.map { loader.displayPath($0) })
        let kept = last.diagnostics.filter { !changedFiles.contains($0.location.file) && !($0.problem is LinkProblem) }
        let diagnostics = (kept + context.log.all).sorted { ($0.location, $0.description) < ($1.location, $1.description) }
        self.last = (context, last.output, diagnostics)
        let result = BuildResult(diagnostics: diagnostics, report: context.report, published: true)
        return Outcome(result: result, renderedPages: render.count)
    }
}
