import FaroContent
import FaroCore

/// An Atom feed per language (`/es/atom.xml`) of dated pages, newest first: updates and corrections
/// that readers and partner organisations can follow. Dates come from front matter, never from the clock.
struct FeedStep: BuildStep {
    let name = "write feeds"
    static let limit = 30

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let (_, strings) = try context.requireTheme()
        let config = content.config
        for language in config.languages {
            let entries = Self.newest(content.pages.filter { $0.language == language.code && !$0.isFallback && !$0.isGenerated })
            let route = Route(segments: [language.code, "atom.xml"], isDirectory: false)
            let title = config.title(in: language.code) + " · " + (strings.strings(for: language.code)["feed_title"] ?? "")
            var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.code)">
            <title>\(Escape.html(title))</title>
            <id>\(Escape.html(config.absoluteURL(route)))</id>
            <link rel="self" href="\(Escape.html(config.absoluteURL(route)))"/>
            <link rel="alternate" type="text/html" href="\(Escape.html(config.absoluteURL(Route(segments: [language.code]))))"/>
            <updated>\(Self.timestamp(entries.first.flatMap(Self.day) ?? Day(iso: "2021-01-01")!))</updated>
            <author><name>\(Escape.html(config.name))</name></author>

            """
            for page in entries {
                let url = Escape.html(config.absoluteURL(page.route))
                xml += "<entry><title>\(Escape.html(page.frontMatter.title))</title><id>\(url)</id><link href=\"\(url)\"/>"
                xml += "<updated>\(Self.timestamp(Self.day(of: page)!))</updated>"
                if let description = page.frontMatter.description { xml += "<summary>\(Escape.html(description))</summary>" }
                xml += "</entry>\n"
            }
            xml += "</feed>\n"
            try context.writer?.write(xml, to: route.outputFile)
            context.report.otherFiles += 1
        }
    }

    /// The `limit` dated pages that changed last, newest first (ties by path, last first). One pass that keeps
    /// the best so far, rather than sorting every page of a big site for thirty of them.
    static func newest(_ pages: [Page]) -> [Page] {
        var top: [(day: Day, path: String, page: Page)] = []
        for page in pages {
            guard let day = day(of: page) else { continue }
            let entry = (day: day, path: page.route.path, page: page)
            if top.count == limit, let last = top.last, (entry.day, entry.path) <= (last.day, last.path) { continue }
            let place = top.firstIndex { (entry.day, entry.path) > ($0.day, $0.path) } ?? top.endIndex
            top.insert(entry, at: place)
            if top.count > limit { top.removeLast() }
        }
        return top.map(\.page)
    }

    /// The day a page last changed: `updated`, else `date`.
    static func day(of page: Page) -> Day? { page.frontMatter.updated ?? page.frontMatter.date }

    /// RFC 3339 at midnight UTC, as Atom requires a time.
    static func timestamp(_ day: Day) -> String { "\(day)T00:00:00Z" }
}
