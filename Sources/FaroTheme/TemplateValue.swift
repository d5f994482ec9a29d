/// A value a template reads: text, a yes/no, a list to repeat a section over, or named values.
///
/// Templates see values of this one type, converted once per render from the build's dictionaries,
/// so a lookup is a switch and a hash, never a dynamic cast or reflection.
public enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case string(String)
    case list([TemplateValue])
    case map([String: TemplateValue])

    /// Converts what the build puts into a template context: strings, numbers, yes/no values,
    /// dictionaries with string keys, arrays, optionals and `TemplateValue`s.
    public init(_ any: Any) {
        switch any {
        case let value as TemplateValue: self = value
        case let text as String: self = .string(text)
        case let flag as Bool: self = .bool(flag)
        case let values as [String: Any]: self = .map(values.mapValues(TemplateValue.init))
        case let items as [[String: Any]]: self = .list(items.map { .map($0.mapValues(TemplateValue.init)) })
        case let items as [String]: self = .list(items.map(TemplateValue.string))
        case let number as Int: self = .string(String(number))
        case let text as Substring: self = .string(String(text))
        case let optional as OptionalValue: self = optional.wrappedAny.map(TemplateValue.init) ?? .null
        case let items as [Any]: self = .list(items.map(TemplateValue.init))
        default: self = .string(String(describing: any))
        }
    }

    /// Whether a section shows: everything but a missing value, `false` and an empty list
    /// (an empty string counts as present, as in the Mustache implementations this replaced).
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .list(let items): return !items.isEmpty
        case .string, .map: return true
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// A number as templates show it.
    public static func number(_ value: Int) -> TemplateValue { .string(String(value)) }
}

/// Lets `TemplateValue.init` see through an optional stored as `Any`.
private protocol OptionalValue { var wrappedAny: Any? { get } }
extension Optional: OptionalValue {
    var wrappedAny: Any? { self.map { $0 as Any } }
}
