import FaroCore

/// `sitemap.xml` with every page and its translations as `hreflang` alternates. A site beyond what one
/// sitemap may hold (50,000 URLs or 50 MB, sitemaps.org) gets `sitemap-1.xml`, `sitemap-2.xml`… and a
/// `sitemap.xml` that indexes them, so a growing directory never makes search engines drop the file.
struct SitemapStep: BuildStep {
    let name = "write sitemap"
    /// URLs per sitemap file.
    var maximumURLs = 50_000
    /// Bytes per sitemap file, head and tail included.
    var maximumBytes = 50 * 1024 * 1024

    static let head = """
    <?xml version="1.0" encoding="UTF-8"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

    """
    static let tail = "</urlset>\n"

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let config = content.config
        var files: [String] = []
        var current = ""
        var count = 0
        // A fallback page repeats its source's text, so only the source is listed. Entries are made on every
        // core; the files are cut in order after.
        let entries = ConcurrentMap.map(content.pages.filter { !$0.isFallback }) { page in
            var entry = "<url><loc>\(Escape.html(config.absoluteURL(page.route)))</loc>"
            if let day = page.frontMatter.updated ?? page.frontMatter.date { entry += "<lastmod>\(day)</lastmod>" }
            let translations = content.translations(of: page).filter { !$0.isFallback }
            if translations.count > 1 {
                for translation in translations {
                    entry += "<xhtml:link rel=\"alternate\" hreflang=\"\(translation.language)\" href=\"\(Escape.html(config.absoluteURL(translation.route)))\"/>"
                }
                if let source = translations.first(where: { $0.language == config.defaultLanguage.code }) {
                    entry += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(Escape.html(config.absoluteURL(source.route)))\"/>"
                }
            }
            return entry + "</url>\n"
        }
        for entry in entries {
            if count > 0 && (count == maximumURLs || Self.head.utf8.count + current.utf8.count + entry.utf8.count + Self.tail.utf8.count > maximumBytes) {
                files.append(current)
                current = ""
                count = 0
            }
            current += entry
            count += 1
        }
        files.append(current)
        guard files.count > 1 else {
            try context.writer?.write(Self.head + current + Self.tail, to: "sitemap.xml")
            context.report.otherFiles += 1
            return
        }
        var index = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

        """
        for (number, urls) in files.enumerated() {
            let name = "sitemap-\(number + 1).xml"
            try context.writer?.write(Self.head + urls + Self.tail, to: name)
            index += "<sitemap><loc>\(Escape.html(config.baseURL + name))</loc></sitemap>\n"
        }
        index += "</sitemapindex>\n"
        try context.writer?.write(index, to: "sitemap.xml")
        context.report.otherFiles += files.count + 1
    }
}

/// `robots.txt`, allowing everything and naming the sitemap.
struct RobotsStep: BuildStep {
    let name = "write robots.txt"

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let config = content.config
        // A robots.txt of the site's own (in Content/static/) wins over this default.
        guard !content.staticFiles.contains(where: { $0.target == "robots.txt" }) else { return }
        try context.writer?.write("User-agent: *\nAllow: /\nSitemap: \(config.baseURL)sitemap.xml\n", to: "robots.txt")
        context.report.otherFiles += 1
    }
}
