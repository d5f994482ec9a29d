import FaroDirectory

/// What one directory listing page shows: its subject and its slice of records.
struct DirectoryListing: Sendable {
    /// What the listing is of.
    enum Subject: Sendable, Equatable {
        case index
        case state(MexicanState)
        case city(MexicanState, String)
        case service(String)
        case population(String)
        case organizations
        case alphabetical
    }

    let subject: Subject
    /// Records on this page.
    let records: [DirectoryRecord]
    /// One-based page number and the number of pages of the whole listing.
    let page: Int
    let pageCount: Int
    /// Translation key of the listing's first page.
    let firstKey: String

    /// Entries per page, chosen so a page of entries stays well inside the 14 KB budget.
    static let pageSize = 20

    /// The translation key of page `number` of a listing whose first page has `firstKey`.
    static func key(_ firstKey: String, page number: Int) -> String {
        number == 1 ? firstKey : firstKey + "/page-\(number)"
    }
}
