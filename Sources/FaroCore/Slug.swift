import Foundation

/// Turns titles and file names into URL segments: `Señor San José` → `senor-san-jose`.
public enum Slug {
    /// Folds accents, lowercases, and keeps `a-z`, `0-9` and single hyphens.
    public static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let isWordCharacter = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isWordCharacter {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Whether a text is already a valid slug (non-empty, `a-z0-9` and inner hyphens).
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }
}
