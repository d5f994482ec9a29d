import FaroCore

/// `sitemap.xml` with every page and its translations as `hreflang` alternates.
struct SitemapStep: BuildStep {
    let name = "write sitemap"

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let config = content.config
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

        """
        // A fallback page repeats its source's text, so only the source is listed.
        for page in content.pages where !page.isFallback {
            xml += "<url><loc>\(Escape.html(config.absoluteURL(page.route)))</loc>"
            if let day = page.frontMatter.updated ?? page.frontMatter.date { xml += "<lastmod>\(day)</lastmod>" }
            let translations = content.translations(of: page).filter { !$0.isFallback }
            if translations.count > 1 {
                for translation in translations {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(translation.language)\" href=\"\(Escape.html(config.absoluteURL(translation.route)))\"/>"
                }
                if let source = translations.first(where: { $0.language == config.defaultLanguage.code }) {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(Escape.html(config.absoluteURL(source.route)))\"/>"
                }
            }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        try context.writer?.write(xml, to: "sitemap.xml")
        context.report.otherFiles += 1
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
