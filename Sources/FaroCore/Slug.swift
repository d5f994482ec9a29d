import Foundation

/// Turns titles and file names into URL segments: `Señor San José` → `senor-san-jose`.
public enum Slug {
    /// Folds accents, lowercases, and keeps `a-z`, `0-9` and single hyphens.
    public static func make(_ text: String) -> String {
        // Most names are ASCII or Latin text, which `LatinFold` folds without Foundation's slow bridging.
        latinSlug(text) ?? foundationSlug(text)
    }

    /// Whether a text is already a valid slug (non-empty, `a-z0-9` and inner hyphens).
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && make(text) == text
    }

    /// The slug of a text made only of ASCII and the letters and marks `LatinFold` knows; nil for any other text.
    static func latinSlug(_ text: String) -> String? {
        var slug = SlugBuilder()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // Case folding of ASCII is lowercasing, and diacritic and width folding leave ASCII alone.
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                slug.add((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
            } else if let folded = LatinFold.letters[scalar] {
                for byte in folded.utf8 { slug.add(byte) }
            } else if LatinFold.isSeparator(scalar) {
                slug.separate()
            } else {
                return nil
            }
        }
        return slug.text
    }

    /// The slug by Foundation's folding, for text `LatinFold` does not cover (and the definition the fast path keeps to).
    static func foundationSlug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = SlugBuilder()
        for scalar in folded.unicodeScalars {
            if scalar.isASCII { slug.add(UInt8(truncatingIfNeeded: scalar.value)) } else { slug.separate() }
        }
        return slug.text
    }
}

/// Collects a slug from folded characters: lowercase letters and digits are kept, anything else
/// between two kept characters becomes one hyphen.
private struct SlugBuilder {
    private var bytes: [UInt8] = []
    private var pendingHyphen = false

    /// Adds one folded ASCII character.
    mutating func add(_ byte: UInt8) {
        guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
            pendingHyphen = true
            return
        }
        if pendingHyphen && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
        bytes.append(byte)
        pendingHyphen = false
    }

    /// Adds a character that is not kept.
    mutating func separate() { pendingHyphen = true }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

extension Slug {
    /// Foundation's diacritic-, case- and width-insensitive folding (as `Slug` uses it), written out for the
    /// Latin letters and punctuation of the site's languages (Spanish, English, French, Portuguese, Haitian
    /// Creole): U+00A0–U+017F and the visible marks of General Punctuation. `SlugTests` checks every entry against Foundation.
    enum LatinFold {
        /// Letters that fold to ASCII letters, by what they fold to.
        private static let groups: [(folded: String, letters: String)] = [
            ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄą"), ("c", "ÇçĆćĈĉĊċČč"), ("d", "Ďď"), ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚě"),
            ("g", "ĜĝĞğĠġĢģ"), ("h", "Ĥĥ"), ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİ"), ("j", "Ĵĵ"), ("k", "Ķķ"), ("l", "ĹĺĻļĽľ"),
            ("n", "ÑñŃńŅņŇň"), ("o", "ÒÓÔÕÖòóôõöŌōŎŏŐő"), ("r", "ŔŕŖŗŘř"), ("s", "ŚśŜŝŞşŠšſ"), ("ss", "ß"),
            ("t", "ŢţŤť"), ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų"), ("w", "Ŵŵ"), ("y", "ÝýÿŶŷŸ"), ("z", "ŹźŻżŽž"),
        ]

        /// Letters (and `×`, `÷`) of U+00C0–U+017F whose folding keeps no ASCII letter (`æ`, `ø`, `ł`, `œ`…): they separate words.
        private static let otherLetters: Set<Unicode.Scalar> = Set("ÆÐ×ØÞæð÷øþĐđĦħıĲĳĸĿŀŁłŊŋŒœŦŧ".unicodeScalars)

        /// What each known letter folds to.
        static let letters: [Unicode.Scalar: String] = {
            var table: [Unicode.Scalar: String] = [:]
            for group in groups {
                for letter in group.letters.unicodeScalars { table[letter] = group.folded }
            }
            return table
        }()

        /// Whether a scalar folds to something that is neither an ASCII letter nor a digit: Latin-1 signs
        /// (`¿`, `¡`, `«`, `º`…), the letters in `otherLetters`, and the spaces, dashes, quotes and other visible
        /// marks of General Punctuation. Left to Foundation: `ŉ`, which folds to `ʼn`, half separator and half
        /// letter, and the invisible format characters (U+200B–U+200F, U+2028–U+202F, U+205F–U+206F), which
        /// Foundation folds away after a letter (`a\u{200C}b` → `ab`) but not on their own.
        static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x00A0...0x00BF, 0x2000...0x200A, 0x2010...0x2027, 0x2030...0x205E: return true
            default: return otherLetters.contains(scalar)
            }
        }
    }
}
