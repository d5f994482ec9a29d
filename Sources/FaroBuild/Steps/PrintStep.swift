import FaroCore
import FaroPrint
import Foundation

/// Print editions: guide booklets and city handouts as HTML with paged-media CSS, converted to PDF by
/// WeasyPrint before the pages render, so each page can link to its PDF with its size. A PDF whose HTML
/// has not changed is taken from the cache instead of being converted again.
struct PrintStep: BuildStep {
    let name = "make print editions"

    func run(_ context: inout BuildContext) async throws {
        // Skipped PDFs (the preview, --no-pdf) are not even laid out; `check` still lays them out to validate.
        guard context.options.pdf != .skip || context.writer == nil else { return }
        let content = try context.requireContent()
        let (theme, strings) = try context.requireTheme()
        var editions = try BookletBuilder(content: content, theme: theme, strings: strings).editions()
        if let site = context.directorySite {
            editions += try HandoutBuilder(content: content, theme: theme, strings: strings, site: site).editions()
        }
        let options = context.options
        guard let writer = context.writer, options.pdf != .skip, !editions.isEmpty else { return }
        guard let weasyPrint = WeasyPrint.find(environment: options.environment) else {
            let location = SourceLocation(file: options.displayPath(options.content.appendingPathComponent("site.yaml")), line: 0, column: 0)
            if options.pdf == .required { context.log.error(PrintProblem.weasyPrintMissing, at: location) } else {
                context.log.warning(PrintProblem.weasyPrintMissing, at: location)
            }
            return
        }
        let cache = options.cacheFolder ?? options.content.deletingLastPathComponent().appendingPathComponent(".faro-cache")
        let converter = PDFConverter(weasyPrint: weasyPrint, cache: cache.appendingPathComponent("pdf"), writer: writer, log: context.log,
                                     base: options.content, counter: ProgressCounter(what: "PDFs", total: editions.count, report: options.progress))
        let links = await converter.convert(editions)
        context.printLinks = links
        context.report.pdfCount = links.values.reduce(0) { $0 + $1.count }
    }
}

/// Runs WeasyPrint on several documents at once (one per core), through the cache.
struct PDFConverter: Sendable {
    let weasyPrint: WeasyPrint
    let cache: URL
    let writer: OutputWriter
    let log: DiagnosticLog
    let base: URL
    let counter: ProgressCounter

    /// Converts every edition; returns the made PDFs by linking page (`key:language`).
    func convert(_ editions: [PrintEdition]) async -> [String: [PrintLink]] {
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var links: [String: [PrintLink]] = [:]
        await withTaskGroup(of: (PrintEdition, Int?).self) { group in
            var pending = editions[...]
            for _ in 0..<workers {
                guard let next = pending.popFirst() else { break }
                group.addTask { (next, await convert(next)) }
            }
            for await (edition, bytes) in group {
                counter.advance()
                if let bytes {
                    links[edition.pageKey + ":" + edition.language, default: []]
                        .append(PrintLink(url: "/" + edition.path, bytes: bytes, bilingual: edition.bilingual))
                }
                if let next = pending.popFirst() { group.addTask { (next, await convert(next)) } }
            }
        }
        return links.mapValues { $0.sorted { ($0.bilingual ? 1 : 0, $0.url) < ($1.bilingual ? 1 : 0, $1.url) } }
    }

    /// One document: from the cache when its HTML is unchanged, otherwise through WeasyPrint.
    func convert(_ edition: PrintEdition) async -> Int? {
        let key = ContentHash.of(edition.html) + "-" + String(edition.html.utf8.count)
        let cached = cache.appendingPathComponent(key + ".pdf")
        do {
            if !FileManager.default.fileExists(atPath: cached.path) {
                let source = cache.appendingPathComponent(key + ".html")
                try Data(edition.html.utf8).write(to: source)
                defer { try? FileManager.default.removeItem(at: source) }
                let partial = cache.appendingPathComponent(key + ".partial.pdf")
                try await weasyPrint.convert(html: source, to: partial, base: base)
                try FileManager.default.moveItem(at: partial, to: cached)
            }
            let data = try Data(contentsOf: cached)
            try writer.write(data, to: edition.path)
            return data.count
        } catch {
            log.error(PrintProblem.conversionFailed(document: edition.path, output: "\(error)"), at: edition.location)
            return nil
        }
    }
}
