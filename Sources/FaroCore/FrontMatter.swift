/// The YAML metadata at the top of a page, after strict decoding.
public struct FrontMatter: Sendable, Equatable {
    /// Page title (required).
    public var title: String
    /// One-sentence summary for listings and `<meta name="description">`.
    public var description: String?
    /// Publication date.
    public var date: Day?
    /// Date of the last meaningful change.
    public var updated: Day?
    /// Date on which the page's facts were last checked against their sources.
    public var lastChecked: Day?
    /// Ordering among siblings: lower first.
    public var weight: Int?
    /// A draft is left out unless the build asks for drafts.
    public var draft: Bool
    /// URL segment replacing the one from the file name.
    public var slug: String?
    /// Extra site paths that redirect to this page.
    public var aliases: [String]
    /// Free-form topic labels.
    public var tags: [String]
    /// Lets raw HTML in this page's Markdown through (tagfilter still applies).
    public var allowHTML: Bool
    /// Template name replacing the one for the page's kind.
    public var template: String?
    /// In a translation: the `ContentHash` of the source text it translates.
    public var translationOf: String?
    /// In a translation: whether a fluent person has reviewed it.
    public var review: ReviewState?

    /// Creates front matter with a title and defaults for the rest.
    public init(title: String, description: String? = nil, date: Day? = nil, updated: Day? = nil, weight: Int? = nil,
                draft: Bool = false, slug: String? = nil, aliases: [String] = [], tags: [String] = [],
                allowHTML: Bool = false, template: String? = nil, translationOf: String? = nil, review: ReviewState? = nil) {
        self.title = title
        self.description = description
        self.date = date
        self.updated = updated
        self.lastChecked = nil
        self.weight = weight
        self.draft = draft
        self.slug = slug
        self.aliases = aliases
        self.tags = tags
        self.allowHTML = allowHTML
        self.template = template
        self.translationOf = translationOf
        self.review = review
    }
}
