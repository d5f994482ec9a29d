import FaroCore

/// Problems found while reading YAML (site.yaml, front matter, records, string catalogs).
public enum YAMLProblem: FaroProblem, Equatable {
    /// The text is not valid YAML; carries the parser's explanation.
    case invalidYAML(String)
    /// The document (or a value) should be a mapping of keys to values.
    case notAMapping(key: String?)
    /// A key that the format does not know; `suggestion` is a close known key.
    case unknownKey(String, suggestion: String?)
    /// A required key is absent.
    case missingKey(String)
    /// A key appears twice in one mapping.
    case duplicateKey(String)
    /// A value of the wrong kind (`expected` names it: "text", "whole number", …).
    case wrongType(key: String, expected: String)
    /// A date that is not a real `YYYY-MM-DD` date.
    case invalidDate(key: String, value: String)
    /// A value outside what the key accepts; `expected` says what would do.
    case invalidValue(key: String, value: String, expected: String)
    /// An anchor (`&name`) or alias (`*name`): refused, so every value is written where it is read.
    case anchorsNotAllowed
    /// A line indented with a tab, which YAML does not allow.
    case tabIndentation
    /// Values nested more than `limit` levels deep.
    case nestedTooDeeply(limit: Int)

    public var description: String {
        switch self {
        case .invalidYAML(let reason):
            return "invalid YAML: \(reason)"
        case .notAMapping(let key):
            return key.map { "'\($0)' must be a mapping of keys to values" } ?? "expected a mapping of keys to values"
        case .unknownKey(let key, let suggestion):
            return "unknown key '\(key)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case .missingKey(let key):
            return "missing required key '\(key)'"
        case .duplicateKey(let key):
            return "key '\(key)' appears more than once"
        case .wrongType(let key, let expected):
            return "'\(key)' must be \(expected)"
        case .invalidDate(let key, let value):
            return "'\(key)': '\(value)' is not a date in the form YYYY-MM-DD"
        case .invalidValue(let key, let value, let expected):
            return "'\(key)': '\(value)' is not valid; expected \(expected)"
        case .anchorsNotAllowed:
            return "anchors and aliases (&, *) are not allowed; write the value out in full"
        case .tabIndentation:
            return "this line is indented with a tab; YAML needs spaces"
        case .nestedTooDeeply(let limit):
            return "values are nested more than \(limit) levels deep"
        }
    }
}
