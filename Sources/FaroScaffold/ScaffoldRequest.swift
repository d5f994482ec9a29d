import FaroCore

/// What the user asked `faro new` for; `Scaffold` checks it and turns it into files.
public struct ScaffoldRequest: Sendable {
    /// Page, guide or record.
    public var kind: ScaffoldKind
    /// A page's path inside the content folder (`guias/nueva-pagina`), a guide's slug, or a record's id.
    public var name: String
    /// The title of a page or guide, or the name of a shelter or organisation.
    public var title: String
    /// The language of the new file; nil means the site's default language.
    public var language: String?
    /// The folder that holds guides, inside the content folder.
    public var guideSection: String
    /// The title of a guide's first chapter; nil means "part one" in the file's language.
    public var chapterTitle: String?
    /// A record's state (required for shelters).
    public var state: String?
    /// A record's city (required for shelters).
    public var city: String?
    /// How a record's data was verified; required for real records.
    public var source: String?
    /// Whether a record is sample data (`example: true`), the default until someone has verified it.
    public var isExample: Bool
    /// The date written into `date`, `last_checked` and `last_verified`.
    public var today: Day

    /// Creates a request.
    public init(kind: ScaffoldKind, name: String, title: String, language: String? = nil, guideSection: String = "guias",
                chapterTitle: String? = nil, state: String? = nil, city: String? = nil, source: String? = nil,
                isExample: Bool = true, today: Day = .today()) {
        self.kind = kind
        self.name = name
        self.title = title
        self.language = language
        self.guideSection = guideSection
        self.chapterTitle = chapterTitle
        self.state = state
        self.city = city
        self.source = source
        self.isExample = isExample
        self.today = today
    }
}
