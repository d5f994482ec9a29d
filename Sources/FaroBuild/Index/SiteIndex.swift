import FaroContent
import FaroCore
import FaroI18n

/// Search that needs no JavaScript: per language, an A–Z index of every page and a page per topic (tag),
/// split into pages that fit the budget.
struct SiteIndex: Sendable {
    /// One page of an index listing.
    struct Listing: Sendable {
        /// What the page lists: the letters and topics (`nil`), a letter, or a topic.
        let heading: String?
        let entries: [Page]
        let page: Int
        let pageCount: Int
        let firstKey: String
    }

    static let rootKey = "index/a-z"
    static let pageSize = 100

    private(set) var pages: [Page] = []
    private(set) var listings: [String: Listing] = [:]
    /// Letters and topics per language, for the index's first page: (label, translation key).
    private(set) var letters: [String: [(String, String)]] = [:]
    private(set) var topics: [String: [(String, String)]] = [:]

    init(content: SiteContent, strings: StringCatalog) {
        // Each language's pages are sorted and grouped on a core of their own; the pages are added in order after.
        let grouped = ConcurrentMap.map(content.config.languages.map(\.code)) { Self.group(content.pages, language: $0) }
        for (language, group) in zip(content.config.languages.map(\.code), grouped) {
            let table = strings.strings(for: language)
            let root = Route(segments: [language, Slug.make(table["slug_index"] ?? "index")])
            add(key: Self.rootKey, heading: nil, entries: [], route: root, language: language, title: table["index_title"] ?? "A–Z", parent: "index")
            for (letter, pages) in group.byLetter {
                let key = Self.rootKey + "/" + letter
                letters[language, default: []].append((letter.uppercased(), key))
                add(key: key, heading: letter.uppercased(), entries: pages, route: root.appending(letter), language: language,
                    title: (table["index_title"] ?? "A–Z") + ": " + letter.uppercased(), parent: Self.rootKey)
            }
            let topicSegment = Slug.make(table["slug_topics"] ?? "topics")
            for (slug, label, pages) in group.byTag {
                let key = Self.rootKey + "/topic/" + slug
                topics[language, default: []].append((label, key))
                add(key: key, heading: label, entries: pages, route: root.appending(topicSegment).appending(slug),
                    language: language, title: label, parent: Self.rootKey)
            }
        }
    }

    /// One language's listed pages by letter and by topic, each in index order.
    private struct Group: Sendable {
        var byLetter: [(letter: String, pages: [Page])] = []
        var byTag: [(slug: String, label: String, pages: [Page])] = []
    }

    private static func group(_ pages: [Page], language: String) -> Group {
        // Sort keys are made once per page: making them inside the comparison cost more than the sort.
        let listed = pages.filter { $0.language == language && !$0.isGenerated && $0.kind != .home && $0.pagination == nil }
            .map { (key: Self.sortKey($0.frontMatter.title), page: $0) }
            .sorted { ($0.key, $0.page.route.path) < ($1.key, $1.page.route.path) }
        var byLetter: [String: [Page]] = [:]
        for (key, page) in listed { byLetter[Self.letter(sortKey: key), default: []].append(page) }
        var byTag: [String: (label: String, pages: [Page])] = [:]
        var tagSlugs: [String: String] = [:]   // a site has few topics and many pages naming them
        for (_, page) in listed {
            for tag in page.frontMatter.tags {
                let slug = tagSlugs[tag] ?? Slug.make(tag)
                tagSlugs[tag] = slug
                if !slug.isEmpty { byTag[slug, default: (tag, [])].pages.append(page) }
            }
        }
        return Group(byLetter: byLetter.keys.sorted().map { ($0, byLetter[$0]!) },
                     byTag: byTag.keys.sorted().map { ($0, byTag[$0]!.label, byTag[$0]!.pages) })
    }

    /// Titles sort and group without accents or case (`Árbol` with `arbol`).
    static func sortKey(_ title: String) -> String { Slug.make(title) }

    /// `a`–`z`, or `0-9` for titles that start otherwise (given the title's `sortKey`).
    static func letter(sortKey: String) -> String {
        guard let first = sortKey.first, first.isLetter else { return "0-9" }
        return String(first)
    }

    private mutating func add(key: String, heading: String?, entries: [Page], route: Route, language: String, title: String, parent: String) {
        let count = max(1, (entries.count + Self.pageSize - 1) / Self.pageSize)
        for number in 1...count {
            let pageKey = number == 1 ? key : key + "/page-\(number)"
            let slice = Array(entries.dropFirst((number - 1) * Self.pageSize).prefix(Self.pageSize))
            listings[pageKey + ":" + language] = Listing(heading: heading, entries: slice, page: number, pageCount: count, firstKey: key)
            var page = Page(sourcePath: "index", location: SourceLocation(file: "Content", line: 0, column: 0), language: language,
                            translationKey: pageKey, kind: .listing, parentKey: number == 1 ? parent : key,
                            frontMatter: FrontMatter(title: title), body: "", bodyLine: 1,
                            route: number == 1 ? route : route.appending(String(number)), isGenerated: true)
            page.dataKey = "site-index"
            pages.append(page)
        }
    }
}
