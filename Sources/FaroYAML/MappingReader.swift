import Foundation
import FaroCore
import Yams

/// Reads the keys of one YAML mapping strictly: every key must be read or it is reported as unknown,
/// and every problem is collected (with file, line and column) instead of stopping at the first.
public struct MappingReader {
    /// Problems found so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The file being read, for messages.
    public let file: String
    /// Added to every line number (front matter starts below `---`).
    public let lineOffset: Int
    /// Where the mapping itself starts.
    public let location: SourceLocation

    private let entries: [(key: String, keyNode: Node, value: Node)]
    private var known: [String] = []

    /// Wraps `node`; reports `notAMapping` when it is something else.
    public init(_ node: Node, file: String, lineOffset: Int = 0, key: String? = nil) {
        self.file = file
        self.lineOffset = lineOffset
        self.location = YAMLDocument.location(of: node, file: file, lineOffset: lineOffset)
        if let mapping = node.mapping {
            entries = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
        } else {
            entries = []
            diagnostics.append(Diagnostic(at: location, YAMLProblem.notAMapping(key: key)))
        }
    }

    /// The keys present, in file order.
    public var keys: [String] { entries.map(\.key) }

    /// Location of a key, or of the mapping when the key is absent.
    public func location(of key: String) -> SourceLocation {
        guard let entry = entries.first(where: { $0.key == key }) else { return location }
        return YAMLDocument.location(of: entry.keyNode, file: file, lineOffset: lineOffset)
    }

    /// Location of a key's value.
    public func valueLocation(of key: String) -> SourceLocation {
        guard let entry = entries.first(where: { $0.key == key }) else { return location }
        return YAMLDocument.location(of: entry.value, file: file, lineOffset: lineOffset)
    }

    /// Records a problem at a key (or its value when `atValue`).
    public mutating func report(_ problem: any FaroProblem, key: String, atValue: Bool = true, severity: Severity = .error) {
        diagnostics.append(Diagnostic(severity, at: atValue ? valueLocation(of: key) : location(of: key), problem))
    }

    /// Adds diagnostics found by a nested reader.
    public mutating func absorb(_ nested: [Diagnostic]) {
        diagnostics += nested
    }

    /// The raw node of a key; marks the key as known.
    public mutating func node(_ key: String, required: Bool = false) -> Node? {
        known.append(key)
        // Searched by index: `first(where:)` copied every entry it looked at.
        guard let index = entries.firstIndex(where: { $0.key == key }) else {
            if required { diagnostics.append(Diagnostic(at: location, YAMLProblem.missingKey(key))) }
            return nil
        }
        let value = entries[index].value
        if case .scalar(let scalar) = value, scalar.style == .plain, Self.nullWords.contains(scalar.string), !required {
            return nil
        }
        return value
    }

    /// How YAML writes "no value" plainly.
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// A text value. Numbers and booleans written plainly are accepted as their text.
    public mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value else {
            report(YAMLProblem.wrongType(key: key, expected: "text"), key: key)
            return nil
        }
        // Whether trimming whitespace would leave nothing, asked without building the trimmed text.
        if required && scalar.string.unicodeScalars.allSatisfy(CharacterSet.whitespacesAndNewlines.contains) {
            report(YAMLProblem.invalidValue(key: key, value: "", expected: "a non-empty text"), key: key)
            return nil
        }
        return scalar.string
    }

    /// A whole number.
    public mutating func int(_ key: String, required: Bool = false) -> Int? {
        guard let value = node(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, scalar.style == .plain, let number = Int(scalar.string) else {
            report(YAMLProblem.wrongType(key: key, expected: "a whole number"), key: key)
            return nil
        }
        return number
    }

    /// `true` or `false`.
    public mutating func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let value = node(key, required: required) else { return nil }
        guard case .scalar(let scalar) = value, scalar.style == .plain,
              let flag = ["true": true, "false": false][scalar.string] else {
            report(YAMLProblem.wrongType(key: key, expected: "true or false"), key: key)
            return nil
        }
        return flag
    }

    /// A `YYYY-MM-DD` date.
    public mutating func day(_ key: String, required: Bool = false) -> Day? {
        guard let text = string(key, required: required) else { return nil }
        guard let day = Day(iso: text) else {
            report(YAMLProblem.invalidDate(key: key, value: text), key: key)
            return nil
        }
        return day
    }

    /// A list of texts; a single text is accepted as a list of one.
    public mutating func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let value = node(key, required: required) else { return nil }
        switch value {
        case .scalar(let scalar):
            return [scalar.string]
        case .sequence(let sequence):
            var items: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    report(YAMLProblem.wrongType(key: key, expected: "a list of texts"), key: key)
                    return nil
                }
                items.append(scalar.string)
            }
            return items
        default:
            report(YAMLProblem.wrongType(key: key, expected: "a list of texts"), key: key)
            return nil
        }
    }

    /// A map from text keys to text values, such as a title per language.
    public mutating func stringMap(_ key: String, required: Bool = false) -> [(key: String, value: String, location: SourceLocation)]? {
        guard let value = node(key, required: required) else { return nil }
        guard let mapping = value.mapping else {
            report(YAMLProblem.wrongType(key: key, expected: "a mapping such as {es: …, en: …}"), key: key)
            return nil
        }
        var items: [(key: String, value: String, location: SourceLocation)] = []
        for (entryKey, entryValue) in mapping {
            guard let text = entryValue.scalar?.string else {
                report(YAMLProblem.wrongType(key: "\(key).\(entryKey.string ?? "")", expected: "text"), key: key)
                continue
            }
            items.append((entryKey.string ?? "", text, YAMLDocument.location(of: entryKey, file: file, lineOffset: lineOffset)))
        }
        return items
    }

    /// Reports every key that was never read as unknown, suggesting the closest known key.
    public mutating func rejectUnknownKeys(severity: Severity = .error) {
        let knownKeys = Set(known)
        for entry in entries where !knownKeys.contains(entry.key) {
            // Longer keys get one more edit, so a Spanish spelling (`capacidad`) still finds `capacity`.
            let suggestion = KeySuggestion.closest(to: entry.key, among: known, maxDistance: entry.key.count >= 8 ? 3 : 2)
            diagnostics.append(Diagnostic(severity, at: YAMLDocument.location(of: entry.keyNode, file: file, lineOffset: lineOffset),
                                          YAMLProblem.unknownKey(entry.key, suggestion: suggestion)))
        }
    }
}
