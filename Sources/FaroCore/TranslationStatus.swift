/// How a page in one language stands against its source in the default language.
public enum TranslationStatus: String, Sendable, CaseIterable, Comparable {
    /// The page is in the default language: it is the source.
    case source
    /// A translation of the source's current text.
    case current
    /// A translation of an older text of the source (or one that does not say which text it translates).
    case outdated
    /// A translation nobody fluent has reviewed yet (`review: draft`), such as a machine translation.
    case draft
    /// No translation: the page shows the source text, with a notice, under this language's URL.
    case missing

    public static func < (a: TranslationStatus, b: TranslationStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Whether a translation has been reviewed by a fluent person.
public enum ReviewState: String, Sendable, CaseIterable {
    /// Not reviewed: pages show a notice saying so.
    case draft
    /// Reviewed by a fluent person.
    case reviewed
}
