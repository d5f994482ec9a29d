import FaroContent
import FaroCore
import Foundation

/// Renders every page on all cores and writes each as soon as it is done, so the site is never held in memory.
struct RenderPagesStep: BuildStep {
    let name = "render pages"

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let (theme, strings) = try context.requireTheme()
        let renderer = PageRenderer(content: content, theme: theme, strings: strings, directory: context.directorySite)
        let writer = context.writer
        let log = context.log
        let pages = content.pages
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, (pages.count + workers * 4 - 1) / (workers * 4))
        let counts = await withTaskGroup(of: [String: Int].self) { group in
            for start in stride(from: 0, to: pages.count, by: chunk) {
                let slice = pages[start..<min(start + chunk, pages.count)]
                group.addTask {
                    var counts: [String: Int] = [:]
                    for page in slice {
                        do {
                            let html = try renderer.render(page)
                            try writer?.write(html, to: page.route.outputFile)
                            counts[page.language, default: 0] += 1
                        } catch {
                            log.record(error, at: page.location,
                                      context: ["while rendering \(page.route.path)"])
                        }
                    }
                    return counts
                }
            }
            var total: [String: Int] = [:]
            for await counts in group { total.merge(counts, uniquingKeysWith: +) }
            return total
        }
        context.report.pagesByLanguage.merge(counts, uniquingKeysWith: +)
    }
}
