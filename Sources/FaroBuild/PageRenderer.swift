import FaroContent
import FaroCore
import FaroI18n
import FaroMarkdown
import FaroTheme

/// Turns one page into its HTML: renders the Markdown, builds the template context, renders the template.
struct PageRenderer: Sendable {
    let content: SiteContent
    let theme: Theme
    let strings: StringCatalog
    /// The directory's pages and data, when the site has a directory.
    var directory: DirectorySite? = nil
    /// PDFs made for pages, by `translationKey:language`.
    var printLinks: [String: [PrintLink]] = [:]
    /// The A–Z and topic index.
    var siteIndex: SiteIndex? = nil
    /// Pixel sizes of the site's images, by href, for `<img width height>`.
    var imageSizes: [String: ImageSize] = [:]
    /// `commonContext` of each language, made once: the UI strings and the CSS are the same on every page.
    private let common: [String: [String: TemplateValue]]
    /// The translation notices' texts by language and key, with the source language named: made once.
    private let noticeTexts: [String: [String: String]]

    init(content: SiteContent, theme: Theme, strings: StringCatalog, directory: DirectorySite? = nil,
         printLinks: [String: [PrintLink]] = [:], siteIndex: SiteIndex? = nil, imageSizes: [String: ImageSize] = [:]) {
        self.content = content
        self.theme = theme
        self.strings = strings
        self.directory = directory
        self.printLinks = printLinks
        self.siteIndex = siteIndex
        self.imageSizes = imageSizes
        var common: [String: [String: TemplateValue]] = [:]
        for language in content.config.languages {
            common[language.code] = Self.commonContext(language: language.code, content: content, theme: theme, strings: strings)
                .mapValues(TemplateValue.init)
        }
        self.common = common
        let sourceLanguage = content.config.defaultLanguage.name
        noticeTexts = Dictionary(uniqueKeysWithValues: content.config.languages.map { language in
            let table = strings.strings(for: language.code)
            return (language.code, Dictionary(uniqueKeysWithValues: ["notice_missing", "notice_outdated", "notice_draft"].map {
                ($0, (table[$0] ?? "").replacingOccurrences(of: "{language}", with: sourceLanguage))
            }))
        })
    }

    /// The page's HTML and what its Markdown contains (links, headings), for the link check.
    func renderWithMarkdown(_ page: Page) throws(ThemeProblem) -> (html: String, markdown: RenderedMarkdown) {
        let body = markdownRenderer(for: page).render(page.body, allowHTML: page.frontMatter.allowHTML)
        let config = content.config
        var context = commonContext(language: page.language)
        context["page"] = .map(pageValues(page, body: body))
        let children = content.listed(by: page)
        context["children"] = .list(children.map { .map(listingValues($0)) })
        context["has_children"] = .bool(!children.isEmpty)
        if let pagination = page.pagination { context["pagination"] = .map(paginationValues(pagination, language: page.language)) }
        let translations = content.translations(of: page)
        context["languages"] = .list(translations.map { .map(versionValues($0, of: page)) })
        context["has_languages"] = .bool(translations.count > 1)
        let alternates = translations.filter { !$0.isFallback }
        context["alternates"] = .list(alternates.map { .map(versionValues($0, of: page)) })
        if alternates.count > 1, let source = alternates.first(where: { $0.language == config.defaultLanguage.code }) {
            context["x_default"] = .string(config.absoluteURL(source.route))
        }
        if let notice = notice(for: page) { context["notice"] = .map(notice) }
        let breadcrumbs = breadcrumbs(of: page)
        context["breadcrumbs"] = .list(breadcrumbs)
        context["has_breadcrumbs"] = .bool(!breadcrumbs.isEmpty)
        context["canonical"] = .string(config.absoluteURL(page.isFallback ? content.source(of: page)?.route ?? page.route : page.route))
        context["noindex"] = .bool(page.isFallback)
        if let links = printLinks[page.translationKey + ":" + page.language] {
            context["pdfs"] = .list(links.map { ["url": .string(config.basePath + $0.url.dropFirst()), "size": .string(Self.size($0.bytes, language: page.language)),
                                                 "bilingual": .bool($0.bilingual)] })
        }
        if page.dataKey == "site-index", let listing = siteIndex?.listings[page.translationKey + ":" + page.language] {
            context["index"] = .map(indexValues(listing, page: page))
        }
        if let key = page.dataKey, let directory {
            if let listing = directory.listings[key] {
                context["listing"] = TemplateValue(ListingValues(site: directory, content: content, page: page).values(listing))
            } else if let record = directory.record(forKey: key) {
                context["record"] = TemplateValue(RecordValues(site: directory, language: page.language).details(record))
                if record.example { context["noindex"] = true }
            }
        }
        return (try theme.render(context, template: page.frontMatter.template ?? page.kind.rawValue), body)
    }

    /// A file size people read: `182 KB`, `1.4 MB`.
    static func size(_ bytes: Int, language: String) -> String {
        bytes < 1_000_000 ? "\(max(1, (bytes + 512) / 1024)) KB"
            : DateText.decimal(Double(bytes) / 1_048_576, digits: 1, language: language) + " MB"
    }

    /// Values every template gets: the site, the language, UI strings and the inline CSS (made once per
    /// language in `init`).
    func commonContext(language code: String) -> [String: TemplateValue] {
        common[code] ?? Self.commonContext(language: code, content: content, theme: theme, strings: strings).mapValues(TemplateValue.init)
    }

    private static func commonContext(language code: String, content: SiteContent, theme: Theme, strings: StringCatalog) -> [String: Any] {
        let config = content.config
        let language = config.language(code) ?? config.defaultLanguage
        var values: [String: Any] = [
            "site": [
                "title": config.title(in: code),
                "name": config.name,
                "base_url": config.baseURL,
                "languages": config.languages.map { ["code": $0.code, "name": $0.name, "dir": $0.direction.rawValue,
                                                     "url": config.href(Route(segments: [$0.code]))] },
            ] as [String: Any],
            "lang": ["code": language.code, "name": language.name, "dir": language.direction.rawValue],
            "t": strings.strings(for: code),
            "interface_draft": strings.draftLanguages.contains(code),
            "css": theme.css,
            "home_url": config.href(Route(segments: [code])),
            "feed_url": config.href(Route(segments: [code, "atom.xml"], isDirectory: false)),
            "index_url": config.href(Route(segments: [code, Slug.make(strings.strings(for: code)["slug_index"] ?? "index")])),
        ]
        if config.offline {
            values["offline_url"] = config.basePath + "offline/" + OfflineArchiveMaker.baseName(config) + "-" + code + ".zip"
        }
        return values
    }

    func pageValues(_ page: Page, body: RenderedMarkdown) -> [String: TemplateValue] {
        var values = listingValues(page)
        // Only Markdown images and raw HTML can put an `<img>` in the body; most pages have neither.
        let mayHaveImages = page.frontMatter.allowHTML || body.references.contains(where: \.isImage)
        values["content"] = .string(mayHaveImages ? ImageAttributes.add(to: body.html, sizes: imageSizes) : body.html)
        values["summary"] = .string(page.frontMatter.description ?? body.summary)
        values["headings"] = .list(body.headings.map { ["level": .number($0.level), "text": .string($0.text), "anchor": .string($0.anchor)] })
        values["kind"] = .string(page.kind.rawValue)
        values["status"] = .string(page.status.rawValue)
        if page.contentLanguage != page.language, let language = content.config.language(page.contentLanguage) {
            values["content_lang"] = .string(language.code)
            values["content_dir"] = .string(language.direction.rawValue)
        }
        values["is_home"] = .bool(page.kind == .home)
        values["is_section"] = .bool(page.kind == .section)
        values["tags"] = .list(page.frontMatter.tags.map(TemplateValue.string))
        if let checked = page.frontMatter.lastChecked {
            values["last_checked"] = .string(DateText.long(checked, language: page.language, strings: strings.tables[page.language] ?? [:]))
            values["last_checked_iso"] = .string(checked.description)
        }
        if let updated = page.frontMatter.updated {
            values["updated"] = .string(DateText.long(updated, language: page.language, strings: strings.tables[page.language] ?? [:]))
            values["updated_iso"] = .string(updated.description)
        }
        return values
    }

    /// What a listing shows of a page.
    func listingValues(_ page: Page) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = [
            "title": .string(page.frontMatter.title),
            "url": .string(content.config.href(page.route)),
            "permalink": .string(content.config.absoluteURL(page.route)),
            "is_section": .bool(page.kind == .section),
        ]
        if let description = page.frontMatter.description { values["description"] = .string(description) }
        if let date = page.frontMatter.date {
            values["date"] = .string(DateText.long(date, language: page.language, strings: strings.tables[page.language] ?? [:]))
            values["date_iso"] = .string(date.description)
        }
        return values
    }

    /// An index page as template values: letters and topics on the first page, entries on the others.
    func indexValues(_ listing: SiteIndex.Listing, page: Page) -> [String: TemplateValue] {
        func href(_ key: String) -> String { content.page(key: key, language: page.language).map { content.config.href($0.route) } ?? "" }
        func links(_ pairs: [(String, String)]?) -> TemplateValue {
            .list((pairs ?? []).map { ["label": .string($0.0), "url": .string(href($0.1))] })
        }
        var values: [String: TemplateValue] = [
            "entries": .list(listing.entries.map { entry -> TemplateValue in
                var values = listingValues(entry)
                if let section = content.parent(of: entry), section.kind != .home { values["section"] = .string(section.frontMatter.title) }
                return .map(values)
            }),
            "has_entries": .bool(!listing.entries.isEmpty), "paginated": .bool(listing.pageCount > 1),
            "page_number": .number(listing.page), "page_count": .number(listing.pageCount),
        ]
        if listing.heading == nil {
            values["letters"] = links(siteIndex?.letters[page.language])
            values["topics"] = links(siteIndex?.topics[page.language])
            values["has_topics"] = .bool(!(siteIndex?.topics[page.language]?.isEmpty ?? true))
        }
        if listing.page > 1 { values["previous_url"] = .string(href(listing.page == 2 ? listing.firstKey : listing.firstKey + "/page-\(listing.page - 1)")) }
        if listing.page < listing.pageCount { values["next_url"] = .string(href(listing.firstKey + "/page-\(listing.page + 1)")) }
        return values
    }

    /// Links between the pages of a split listing.
    func paginationValues(_ pagination: Pagination, language: String) -> [String: TemplateValue] {
        func href(_ number: Int) -> TemplateValue? {
            let key = number == 1 ? pagination.sectionKey : pagination.sectionKey + "/page-\(number)"
            return content.page(key: key, language: language).map { .string(content.config.href($0.route)) }
        }
        var values: [String: TemplateValue] = ["number": .number(pagination.number), "count": .number(pagination.count)]
        if pagination.number > 1 { values["previous_url"] = href(pagination.number - 1) }
        if pagination.number < pagination.count { values["next_url"] = href(pagination.number + 1) }
        return values
    }

    /// One language's version of a page, for the language switcher and the hreflang links.
    func versionValues(_ translation: Page, of page: Page) -> [String: TemplateValue] {
        let config = content.config
        let language = config.language(translation.language) ?? config.defaultLanguage
        return ["code": .string(language.code), "name": .string(language.name), "url": .string(config.href(translation.route)),
                "permalink": .string(config.absoluteURL(translation.route)), "current": .bool(translation.language == page.language),
                "fallback": .bool(translation.isFallback)]
    }

    /// The notice a page in a language shows when its text is not a current, reviewed translation.
    func notice(for page: Page) -> [String: TemplateValue]? {
        let key: String
        switch page.status {
        case .source, .current: return nil
        case .missing: key = "notice_missing"
        case .outdated: key = "notice_outdated"
        case .draft: key = "notice_draft"
        }
        let sourceLanguage = content.config.defaultLanguage
        var values: [String: TemplateValue] = ["status": .string(page.status.rawValue),
                                               "text": .string(noticeTexts[page.language]?[key] ?? "")]
        if page.status != .missing, let source = content.source(of: page) {
            values["source_url"] = .string(content.config.href(source.route))
            values["source_language"] = .string(sourceLanguage.name)
            values["source_code"] = .string(sourceLanguage.code)
        }
        return values
    }

    /// The sections above a page, outermost first, home included.
    func breadcrumbs(of page: Page) -> [TemplateValue] {
        var trail: [TemplateValue] = []
        var current = content.parent(of: page)
        while let section = current {
            trail.append(["title": .string(section.frontMatter.title), "url": .string(content.config.href(section.route))])
            current = content.parent(of: section)
        }
        return trail.reversed()
    }

    /// Resolves URLs in the page's Markdown: relative ones against the page's folder (where its images
    /// are copied), site paths (`/es/…`) against the base URL's path.
    func markdownRenderer(for page: Page) -> MarkdownRenderer {
        let config = content.config
        let folderRoute = page.kind == .page ? (content.parent(of: page)?.route ?? Route(segments: [page.language])) : page.route
        let folderHref = config.href(folderRoute)
        let basePath = config.basePath
        return MarkdownRenderer { url, _ in
            if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("?") || url.hasPrefix("//") || URLScheme.has(url) { return url }
            if url.hasPrefix("/") { return basePath + url.dropFirst() }
            return folderHref + url
        }
    }
}

/// Recognises URLs that carry a scheme (`https:`, `mailto:`, `tel:`).
enum URLScheme {
    /// A scheme is an ASCII letter, then letters, digits, `+`, `-` or `.`, then `:` (RFC 3986, section 3.1).
    static func has(_ url: String) -> Bool {
        var bytes = url.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            guard isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return false }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}
