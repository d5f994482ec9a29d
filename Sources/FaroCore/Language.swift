/// A language of the site, as declared in `site.yaml`.
public struct Language: Hashable, Sendable {
    /// BCP 47 code used in URLs and file suffixes (`es`, `en`, `ht`).
    public var code: String
    /// The language's name in itself (`Español`, `Kreyòl ayisyen`).
    public var name: String
    /// Writing direction.
    public var direction: TextDirection
    /// Whether this is the site's default (source) language.
    public var isDefault: Bool

    /// Creates a language.
    public init(code: String, name: String, direction: TextDirection = .ltr, isDefault: Bool = false) {
        self.code = code
        self.name = name
        self.direction = direction
        self.isDefault = isDefault
    }
}

/// Writing direction of a language, as HTML's `dir` attribute spells it.
public enum TextDirection: String, Sendable, CaseIterable {
    /// Left to right.
    case ltr
    /// Right to left.
    case rtl
}
