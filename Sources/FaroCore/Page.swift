/// One page of the site in one language, read from a Markdown file.
public struct Page: Sendable, Identifiable {
    /// What kind of page this is, which picks its template.
    public enum Kind: String, Sendable {
        /// A regular page.
        case page
        /// A section: a folder's index page, listing the folder's pages.
        case section
        /// A language's home page (`Content/index.<lang>.md`).
        case home
        /// A directory record's page (a shelter or an organisation).
        case record
        /// A generated listing, such as the directory's pages by state, city or service.
        case listing
    }

    /// The source file's path relative to the content folder (`guias/viajar-seguro.es.md`).
    public var sourcePath: String
    /// The source file as shown in messages.
    public var location: SourceLocation
    /// Language code of this page.
    public var language: String
    /// Identifies one page across its translations: the source path without language suffix.
    public var translationKey: String
    /// Section, page or home.
    public var kind: Kind
    /// Translation key of the section this page belongs to, if any.
    public var parentKey: String?
    /// Metadata from front matter.
    public var frontMatter: FrontMatter
    /// Markdown body, after the front matter.
    public var body: String
    /// One-based line of the first body line in the source file, for messages.
    public var bodyLine: Int
    /// The URL the page is published at.
    public var route: Route
    /// Non-Markdown files in the page's folder (relative to the content folder) copied beside it.
    public var resources: [String]
    /// The language the page's text is written in: its own, or the default language for a fallback.
    public var contentLanguage: String
    /// How this page stands against its source in the default language.
    public var status: TranslationStatus
    /// `ContentHash` of the page's title and body, which translations name in `translation_of:`.
    public var contentHash: String
    /// Whether Faro made the page (a folder without index file, a home without index file, directory pages).
    public var isGenerated: Bool
    /// For pages made from data (directory records and listings): the key the renderer looks their data up by.
    public var dataKey: String?
    /// For a section whose listing is split over several pages: which page this is.
    public var pagination: Pagination?

    public var id: String { language + ":" + translationKey }

    /// Creates a page.
    public init(sourcePath: String, location: SourceLocation, language: String, translationKey: String, kind: Kind,
                parentKey: String?, frontMatter: FrontMatter, body: String, bodyLine: Int, route: Route, resources: [String] = [],
                contentLanguage: String? = nil, status: TranslationStatus = .source, isGenerated: Bool = false) {
        self.sourcePath = sourcePath
        self.location = location
        self.language = language
        self.translationKey = translationKey
        self.kind = kind
        self.parentKey = parentKey
        self.frontMatter = frontMatter
        self.body = body
        self.bodyLine = bodyLine
        self.route = route
        self.resources = resources
        self.contentLanguage = contentLanguage ?? language
        self.status = status
        self.isGenerated = isGenerated
        self.contentHash = ContentHash.of(frontMatter.title + "\n\n" + body)
    }

    /// Whether the page shows text of another language (a missing translation).
    public var isFallback: Bool { status == .missing }
}

/// The place of one page in a section listing split over several pages.
public struct Pagination: Sendable, Equatable {
    /// One-based page number.
    public let number: Int
    /// Number of pages.
    public let count: Int
    /// Translation key of the section being listed.
    public let sectionKey: String
    /// Entries per page.
    public let size: Int

    /// Creates a pagination.
    public init(number: Int, count: Int, sectionKey: String, size: Int) {
        self.number = number
        self.count = count
        self.sectionKey = sectionKey
        self.size = size
    }
}
