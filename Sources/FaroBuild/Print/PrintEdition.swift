import FaroCore

/// One print document: its HTML, where its PDF goes, and the page that links to it.
struct PrintEdition: Sendable {
    /// The full HTML, paged-media CSS inline.
    let html: String
    /// Output path of the PDF, relative to the site root.
    let path: String
    /// Translation key and language of the page that links to the PDF.
    let pageKey: String
    let language: String
    /// Whether this is the bilingual handout (Spanish with another language).
    let bilingual: Bool
    /// Where messages point when the conversion fails.
    let location: SourceLocation
}

/// A made PDF as the linking page shows it.
public struct PrintLink: Sendable, Equatable {
    /// Site-relative URL of the PDF.
    public let url: String
    /// Its size in bytes.
    public let bytes: Int
    /// Whether it is the bilingual handout.
    public let bilingual: Bool
}
