import FaroCore

/// One shelter or organisation, decoded from its YAML file and validated.
public struct DirectoryRecord: Sendable, Identifiable {
    /// Which folder the record comes from.
    public enum Category: String, Sendable, CaseIterable {
        /// `directory/shelters/`.
        case shelter
        /// `directory/organizations/`.
        case organization

        /// The folder under `Content/directory/`.
        public var folder: String { self == .shelter ? "shelters" : "organizations" }
    }

    /// A phone number and what it reaches.
    public struct Phone: Sendable, Hashable {
        /// The number, normalised.
        public let number: PhoneNumber
        /// `voice`, `whatsapp` or `sms`.
        public let kind: String
    }

    /// The record's id: lowercase, hyphens, equal to its file name.
    public let id: String
    /// Shelter or organisation.
    public let category: Category
    /// Sample data, labelled as such everywhere and left out of exports unless asked for.
    public var example: Bool
    /// The record's file, for messages.
    public var location: SourceLocation
    /// Where some keys are written (`id`, `organization`, `last_verified`), for messages about them.
    public var keyLocations: [String: SourceLocation] = [:]
    /// Name as the place calls itself.
    public var name: String
    /// A kind from `Vocabulary.shelterKinds` or `.organizationKinds`.
    public var kind: String
    /// Id of the organisation that runs it.
    public var organization: String?
    /// State, city and street address.
    public var state: MexicanState?
    public var city: String?
    public var address: String?
    /// Where it is, when known.
    public var coordinates: Coordinates?
    /// Phone numbers.
    public var phones: [Phone]
    /// Contact email and website.
    public var email: String?
    public var website: String?
    /// Services and populations, from `Vocabulary`.
    public var services: [String]
    public var populations: [String]
    /// Beds or places.
    public var capacity: Int?
    /// Language codes spoken there.
    public var languages: [String]
    /// Opening hours.
    public var hours: OpeningHours?
    /// What a person must bring or do, per language.
    public var requirements: [String: String]
    /// `free`, `donation` or `fee`.
    public var cost: String?
    /// Description per language.
    public var description: [String: String]
    /// When the record was last checked, and by what means.
    public var lastVerified: Day
    public var source: String
    /// Whether the organisation signed the 2021 recommendations on ending MPP.
    public var signatory: Bool

    /// Creates a record with its required fields; the rest start empty.
    public init(id: String, category: Category, name: String, lastVerified: Day, source: String, location: SourceLocation) {
        self.id = id
        self.category = category
        self.name = name
        self.lastVerified = lastVerified
        self.source = source
        self.location = location
        example = false
        kind = category == .shelter ? "shelter" : "ngo"
        phones = []
        services = []
        populations = []
        languages = []
        requirements = [:]
        description = [:]
        signatory = false
    }

    /// Where a key is written, or the record's file when unknown.
    public func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }

    /// A translatable field in a language, falling back to Spanish, then any language; with the language used.
    public static func text(_ values: [String: String], in language: String, fallback: String) -> (text: String, language: String)? {
        if let own = values[language] { return (own, language) }
        if let source = values[fallback] { return (source, fallback) }
        return values.sorted { $0.key < $1.key }.first.map { ($0.value, $0.key) }
    }
}
