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

    /// The page's values, shared between copies until one is changed: pages are copied into listings,
    /// translations and task results many times per build, and a copy of seventeen fields (most of them
    /// text) cost more than rendering some pages.
    @usableFromInline final class Storage: @unchecked Sendable {
        @usableFromInline var fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline struct Fields: Sendable {
        @usableFromInline var sourcePath: String
        @usableFromInline var location: SourceLocation
        @usableFromInline var language: String
        @usableFromInline var translationKey: String
        @usableFromInline var kind: Kind
        @usableFromInline var parentKey: String?
        @usableFromInline var frontMatter: FrontMatter
        @usableFromInline var body: String
        @usableFromInline var bodyLine: Int
        @usableFromInline var route: Route
        @usableFromInline var resources: [String]
        @usableFromInline var contentLanguage: String
        @usableFromInline var status: TranslationStatus
        @usableFromInline var isGenerated: Bool
        @usableFromInline var dataKey: String?
        @usableFromInline var pagination: Pagination?
    }

    @usableFromInline var storage: Storage

    /// Changes the fields, first making them this copy's own if another copy shares them.
    @inlinable mutating func update(_ change: (inout Fields) -> Void) {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        change(&storage.fields)
    }

    /// The source file's path relative to the content folder (`guias/viajar-seguro.es.md`).
    @inlinable public var sourcePath: String {
        get { storage.fields.sourcePath }
        set { update { $0.sourcePath = newValue } }
    }

    /// The source file as shown in messages.
    @inlinable public var location: SourceLocation {
        get { storage.fields.location }
        set { update { $0.location = newValue } }
    }

    /// Language code of this page.
    @inlinable public var language: String {
        get { storage.fields.language }
        set { update { $0.language = newValue } }
    }

    /// Identifies one page across its translations: the source path without language suffix.
    @inlinable public var translationKey: String {
        get { storage.fields.translationKey }
        set { update { $0.translationKey = newValue } }
    }

    /// Section, page or home.
    @inlinable public var kind: Kind {
        get { storage.fields.kind }
        set { update { $0.kind = newValue } }
    }

    /// Translation key of the section this page belongs to, if any.
    @inlinable public var parentKey: String? {
        get { storage.fields.parentKey }
        set { update { $0.parentKey = newValue } }
    }

    /// Metadata from front matter.
    @inlinable public var frontMatter: FrontMatter {
        get { storage.fields.frontMatter }
        set { update { $0.frontMatter = newValue } }
    }

    /// Markdown body, after the front matter.
    @inlinable public var body: String {
        get { storage.fields.body }
        set { update { $0.body = newValue } }
    }

    /// One-based line of the first body line in the source file, for messages.
    @inlinable public var bodyLine: Int {
        get { storage.fields.bodyLine }
        set { update { $0.bodyLine = newValue } }
    }

    /// The URL the page is published at.
    @inlinable public var route: Route {
        get { storage.fields.route }
        set { update { $0.route = newValue } }
    }

    /// Non-Markdown files in the page's folder (relative to the content folder) copied beside it.
    @inlinable public var resources: [String] {
        get { storage.fields.resources }
        set { update { $0.resources = newValue } }
    }

    /// The language the page's text is written in: its own, or the default language for a fallback.
    @inlinable public var contentLanguage: String {
        get { storage.fields.contentLanguage }
        set { update { $0.contentLanguage = newValue } }
    }

    /// How this page stands against its source in the default language.
    @inlinable public var status: TranslationStatus {
        get { storage.fields.status }
        set { update { $0.status = newValue } }
    }

    /// `ContentHash` of the page's title and body, which translations name in `translation_of:`.
    public var contentHash: String { ContentHash.of(frontMatter.title + "\n\n" + body) }

    /// Whether Faro made the page (a folder without index file, a home without index file, directory pages).
    @inlinable public var isGenerated: Bool {
        get { storage.fields.isGenerated }
        set { update { $0.isGenerated = newValue } }
    }

    /// For pages made from data (directory records and listings): the key the renderer looks their data up by.
    @inlinable public var dataKey: String? {
        get { storage.fields.dataKey }
        set { update { $0.dataKey = newValue } }
    }

    /// For a section whose listing is split over several pages: which page this is.
    @inlinable public var pagination: Pagination? {
        get { storage.fields.pagination }
        set { update { $0.pagination = newValue } }
    }

    public var id: String { language + ":" + translationKey }

    /// Creates a page.
    public init(sourcePath: String, location: SourceLocation, language: String, translationKey: String, kind: Kind,
                parentKey: String?, frontMatter: FrontMatter, body: String, bodyLine: Int, route: Route, resources: [String] = [],
                contentLanguage: String? = nil, status: TranslationStatus = .source, isGenerated: Bool = false) {
        storage = Storage(Fields(sourcePath: sourcePath, location: location, language: language, translationKey: translationKey,
                                 kind: kind, parentKey: parentKey, frontMatter: frontMatter, body: body, bodyLine: bodyLine,
                                 route: route, resources: resources, contentLanguage: contentLanguage ?? language, status: status,
                                 isGenerated: isGenerated))
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
