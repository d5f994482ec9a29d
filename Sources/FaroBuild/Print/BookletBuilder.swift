import FaroContent
import FaroCore
import FaroI18n
import FaroMarkdown
import FaroPrint
import FaroTheme

/// Guide booklets: every section of the guides folder, in every language, as one printable document
/// with a cover, a table of contents, its chapters in order and a QR code to the guide online.
struct BookletBuilder {
    let content: SiteContent
    let theme: Theme
    let strings: StringCatalog

    func editions() throws -> [PrintEdition] {
        let config = content.config
        let css = theme.printStylesheet("booklet")
        var editions: [PrintEdition] = []
        for guide in content.pages where guide.kind == .section && guide.parentKey == config.guidesFolder + "/index" {
            let chapters = content.children(of: guide).filter { $0.kind == .page }
            guard !chapters.isEmpty else { continue }
            let pageURL = config.absoluteURL(guide.route)
            guard let qr = QRCode(pageURL) else { throw PrintProblem.qrCodeFailed(pageURL) }
            var context: [String: Any] = [
                "lang": ["code": guide.language, "dir": (config.language(guide.language)?.direction ?? .ltr).rawValue],
                "site": ["title": config.title(in: guide.language), "name": config.name],
                "t": strings.strings(for: guide.language), "paper": config.paper.rawValue, "css": css,
            ]
            var values: [String: Any] = ["title": guide.frontMatter.title, "url": pageURL,
                                         "qr": qr.svg(millimetres: 30, label: pageURL)]
            if let description = guide.frontMatter.description { values["description"] = description }
            if let edition = ([guide] + chapters).compactMap({ $0.frontMatter.lastChecked ?? $0.frontMatter.updated ?? $0.frontMatter.date }).max() {
                values["edition"] = DateText.long(edition, language: guide.language, strings: strings.tables[guide.language] ?? [:])
            }
            context["guide"] = values
            if ([guide] + chapters).contains(where: \.isFallback) {
                context["notice"] = strings.strings(for: guide.language)["print_fallback"] ?? ""
            }
            context["chapters"] = chapters.enumerated().map { index, chapter -> [String: Any] in
                var values: [String: Any] = ["title": chapter.frontMatter.title, "anchor": "chapter-\(index + 1)",
                                             "html": absoluteLinks(for: chapter).render(chapter.body, allowHTML: chapter.frontMatter.allowHTML).html]
                if chapter.contentLanguage != guide.language { values["content_lang"] = chapter.contentLanguage }
                return values
            }
            let name = (guide.route.segments.last ?? "guide") + "-" + guide.language + ".pdf"
            editions.append(PrintEdition(html: try theme.render(context, template: "print-booklet"),
                                         path: String(guide.route.path.dropFirst()) + name, pageKey: guide.translationKey,
                                         language: guide.language, bilingual: false, location: guide.location))
        }
        return editions
    }

    /// On paper every link must be a full address: relative links resolve against the chapter's folder online.
    func absoluteLinks(for page: Page) -> MarkdownRenderer {
        let config = content.config
        let folder = config.absoluteURL(content.parent(of: page)?.route ?? Route(segments: [page.language]))
        let root = config.baseURL
        return MarkdownRenderer { url, _ in
            if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("//") || URLScheme.has(url) { return url }
            if url.hasPrefix("/") { return root + url.dropFirst() }
            return folder + url
        }
    }
}
