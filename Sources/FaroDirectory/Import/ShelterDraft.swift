import FaroCore

/// The values of one spreadsheet row, checked and converted, ready to be written as a shelter record.
struct ShelterDraft: Sendable, Equatable {
    /// The spreadsheet row it comes from (the header is row 1).
    var row: Int
    /// The record's id and file name.
    var id: String
    /// Whether the record is sample data (`--example`).
    var example = false
    /// Name as the place calls itself.
    var name: String
    /// Id of the organisation that runs it.
    var organization: String?
    /// State.
    var state: MexicanState
    /// City or municipality.
    var city: String
    /// Street address.
    var address: String?
    /// Where it is.
    var coordinates: Coordinates?
    /// Phone numbers with what they reach, in column order.
    var phones: [DirectoryRecord.Phone] = []
    /// Contact email.
    var email: String?
    /// Website, with its scheme.
    var website: String?
    /// Services from `Vocabulary`, in the order written.
    var services: [String] = []
    /// Groups served from `Vocabulary`, in the order written.
    var populations: [String] = []
    /// Language codes.
    var languages: [String] = []
    /// Opening hours in OpenStreetMap form.
    var hours: OpeningHours?
    /// Beds or places.
    var capacity: Int?
    /// `free`, `donation` or `fee`.
    var cost: String?
    /// What a person must bring or do, per language code.
    var requirements: [String: String] = [:]
    /// Description per language code.
    var description: [String: String] = [:]
    /// When the record was last checked.
    var lastVerified: Day
    /// How it was checked.
    var source: String

    /// Creates a draft with the required values.
    init(row: Int, id: String, name: String, state: MexicanState, city: String, lastVerified: Day, source: String) {
        self.row = row
        self.id = id
        self.name = name
        self.state = state
        self.city = city
        self.lastVerified = lastVerified
        self.source = source
    }
}
