import FaroCompression
import FaroContent
import FaroCore
import Foundation

/// Renders every page on all cores and writes each as soon as it is done, so the site is never held in memory.
struct RenderPagesStep: BuildStep {
    let name = "render pages"
    /// The pages to render; nil renders every page. A subset (the preview's incremental rebuild) updates
    /// the links and weights of those pages in the context and keeps the others'.
    var only: [Page]? = nil

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let (theme, strings) = try context.requireTheme()
        let renderer = PageRenderer(content: content, theme: theme, strings: strings, directory: context.directorySite,
                                    printLinks: context.printLinks, siteIndex: context.siteIndex,
                                    imageSizes: context.imageSizes)
        let writer = context.writer
        let log = context.log
        let pages = only ?? content.pages
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Many small chunks, so no core idles at the end while another finishes a long one.
        let chunk = max(1, min(256, (pages.count + workers * 4 - 1) / (workers * 4)))
        let budget = content.config.pageBudgetKB * 1024
        let precompress = content.config.precompress && !context.options.preview
        let counter = ProgressCounter(what: "pages", total: pages.count, report: context.options.progress)
        let results = await withTaskGroup(of: ([String: Int], [PageWeight], [PageLinks]).self) { group in
            for start in stride(from: 0, to: pages.count, by: chunk) {
                let slice = pages[start..<min(start + chunk, pages.count)]
                group.addTask {
                    var counts: [String: Int] = [:]
                    var weights: [PageWeight] = []
                    var links: [PageLinks] = []
                    let meter = WireSizeMeter()
                    for page in slice {
                        do {
                            let (html, markdown) = try renderer.renderWithMarkdown(page)
                            links.append(PageLinks(page: page, markdown: markdown))
                            let data = Data(html.utf8)
                            try writer?.write(data, to: page.route.outputFile)
                            if precompress, let writer { try writer.writeCompressedCopies(of: data, for: page.route.outputFile) }
                            let (size, exact) = meter.weigh(data, budget: budget)
                            weights.append(PageWeight(path: page.route.path, gzipBytes: size, exact: exact))
                            if size > budget {
                                log.warning(PageWeightProblem.overBudget(path: page.route.path, bytes: size, budget: budget), at: page.location)
                            }
                            counts[page.language, default: 0] += 1
                            counter.advance()
                        } catch {
                            log.record(error, at: page.location,
                                      context: ["while rendering \(page.route.path)"])
                        }
                    }
                    return (counts, weights, links)
                }
            }
            var total: [String: Int] = [:]
            var weights: [PageWeight] = []
            var links: [PageLinks] = []
            for await (counts, pageWeights, pageLinks) in group {
                total.merge(counts, uniquingKeysWith: +)
                weights += pageWeights
                links += pageLinks
            }
            return (total, weights, links)
        }
        guard only != nil else {
            context.pageLinks = results.2
            context.report.pagesByLanguage.merge(results.0, uniquingKeysWith: +)
            context.report.pageWeights += results.1
            return
        }
        let rendered = Set(pages.map(\.route.path))
        context.pageLinks = context.pageLinks.filter { !rendered.contains($0.route.path) } + results.2
        context.report.pageWeights = context.report.pageWeights.filter { !rendered.contains($0.path) } + results.1
    }
}
