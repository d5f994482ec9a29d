import FaroCore

/// Problems in directory records.
public enum DirectoryProblem: FaroProblem, Equatable {
    /// A value not in the closed list for its key; `suggestion` is a close allowed value.
    case notInVocabulary(key: String, value: String, suggestion: String?)
    /// A state that is not one of Mexico's 32.
    case unknownState(String)
    /// Coordinates outside Mexico.
    case outsideMexico(lat: Double, lon: Double)
    /// A phone number that is neither a Mexican ten-digit number nor an international `+` number.
    case invalidPhone(String)
    /// A date after the day of the build.
    case futureDate(key: String, value: String)
    /// Two records share an id; names the other file.
    case duplicateId(String, other: String)
    /// An id that is not lowercase letters, digits and hyphens; `suggestion` would be valid.
    case invalidId(String, suggestion: String)
    /// A real record names a sample organisation (`example: true`), which readers are told does not exist.
    case sampleOrganization(String)
    /// The id differs from the file name.
    case idMismatch(id: String, fileName: String)
    /// `organization:` names no organisation record.
    case unknownOrganization(String)
    /// Opening hours that could not be read.
    case invalidHours(String)
    /// A website that is not an `https://` or `http://` address.
    case invalidWebsite(String)
    /// An email address without a user and a domain.
    case invalidEmail(String)
    /// A language code key of a translatable field that is not a language code.
    case invalidLanguageCode(String)
    /// The record was last verified too long ago (a warning).
    case stale(days: Int, limit: Int)

    public var description: String {
        switch self {
        case .notInVocabulary(let key, let value, let suggestion):
            return "'\(key)': '\(value)' is not an allowed value" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "; see Content/directory/SCHEMA.md")
        case .unknownState(let state): return "'state': '\(state)' is not a state of Mexico (for example 'Baja California', 'Nuevo León')"
        case .outsideMexico(let lat, let lon): return "'location': \(lat), \(lon) is outside Mexico; check that lat and lon are not swapped and lon is negative"
        case .invalidPhone(let number): return "'phones': '\(number)' is not a valid phone number; write 10 digits for Mexico or +country code and number"
        case .futureDate(let key, let value): return "'\(key)': \(value) is in the future"
        case .duplicateId(let id, let other): return "id '\(id)' is already used by \(other)"
        case .invalidId(let id, let suggestion): return "'id': '\(id)' may hold only lowercase letters, digits and hyphens (try '\(suggestion)')"
        case .sampleOrganization(let id): return "'organization': '\(id)' is a sample record (example: true); a real record cannot belong to it"
        case .idMismatch(let id, let fileName): return "'id': '\(id)' must match the file name '\(fileName)'"
        case .unknownOrganization(let id): return "'organization': no organisation record has the id '\(id)'"
        case .invalidHours(let reason): return "'hours': \(reason)"
        case .invalidWebsite(let url): return "'website': '\(url)' must be a web address starting with https:// or http://, without spaces or quotes"
        case .invalidEmail(let email): return "'email': '\(email)' is not an email address"
        case .invalidLanguageCode(let code): return "'\(code)' is not a language code such as es, en or ht"
        case .stale(let days, let limit): return "last verified \(days) days ago (more than \(limit)); check the record and update 'last_verified'"
        }
    }
}
