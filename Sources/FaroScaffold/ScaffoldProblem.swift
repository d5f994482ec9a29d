import FaroCore

/// Why `faro new` refused to create a file.
public enum ScaffoldProblem: FaroProblem, Equatable {
    /// A file to create already exists; nothing is overwritten.
    case fileExists(String)
    /// An id or path segment is not a slug; carries the slug `Slug.make` suggests.
    case notASlug(String, suggestion: String)
    /// The language is not one of the site's; carries the site's codes.
    case unknownLanguage(String, known: [String])
    /// The state is not one of Mexico's 32.
    case unknownState(String)
    /// A required value is empty (`title`, `name`, `state`, `city`).
    case missingValue(String)
    /// A real record was asked for without saying how its data was verified.
    case missingSource
    /// The file could not be written; carries the system's reason.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .fileExists(let path): return "\(path) already exists; faro new never overwrites a file"
        case .notASlug(let text, let suggestion):
            return "'\(text)' is not a slug (lowercase a-z, 0-9 and inner hyphens)" + (suggestion.isEmpty ? "" : "; use '\(suggestion)'")
        case .unknownLanguage(let code, let known): return "'\(code)' is not a language of this site (\(known.joined(separator: ", ")))"
        case .unknownState(let state): return "'\(state)' is not a Mexican state; see the list in Content/directory/SCHEMA.md"
        case .missingValue(let key): return "\(key) is required and may not be empty"
        case .missingSource: return "a real record needs its source, how its data was verified (--source \"Llamada al 868 000 0000\")"
        case .writeFailed(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
