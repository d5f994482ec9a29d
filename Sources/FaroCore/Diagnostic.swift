/// A problem found in content, configuration or a theme; each module defines its own enum of them.
/// `description` is the English message; `spanish` the Spanish one, for `--lang es`.
public protocol FaroProblem: Error, Sendable, CustomStringConvertible {
    /// The message in Spanish, naming what to do.
    var spanish: String { get }
}

/// The languages Faro's own messages are written in.
public enum MessageLanguage: String, Sendable, CaseIterable {
    /// English.
    case en
    /// Spanish.
    case es

    /// The language of a POSIX locale (`LANG=es_MX.UTF-8` → Spanish); English otherwise.
    public static func fromLocale(_ environment: [String: String]) -> MessageLanguage {
        let locale = environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"] ?? ""
        return locale.hasPrefix("es") ? .es : .en
    }
}

extension FaroProblem {
    /// The message in a language.
    public func message(in language: MessageLanguage) -> String {
        language == .es ? spanish : description
    }
}

/// Whether a diagnostic stops the build.
public enum Severity: String, Sendable, Comparable {
    /// Reported; fails the build only under `--strict`.
    case warning
    /// Fails the build: nothing is published.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// One reported problem: where it is, how bad it is, and what it is.
public struct Diagnostic: Sendable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// The typed problem; tests match on it, users read its description.
    public var problem: any FaroProblem
    /// Outer context, outermost first ("while rendering page X"), printed as a chain.
    public var context: [String]

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: SourceLocation, _ problem: any FaroProblem, context: [String] = []) {
        self.location = location
        self.severity = severity
        self.problem = problem
        self.context = context
    }

    /// `path:line:column: error: message`, the form editors and CI systems understand.
    public var description: String { formatted(in: .en) }

    /// The diagnostic with its message in a language; `error`/`warning` stay English words, which tools parse.
    public func formatted(in language: MessageLanguage) -> String {
        var text = "\(location): \(severity.rawValue): \(problem.message(in: language))"
        for step in context { text += "\n  note: \(step)" }
        return text
    }

    /// A GitHub Actions workflow command, shown beside the changed line in a pull request.
    public func githubAnnotation(in language: MessageLanguage) -> String {
        func escape(_ text: String, property: Bool) -> String {
            var escaped = text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
            if property { escaped = escaped.replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C") }
            return escaped
        }
        var properties = "file=\(escape(location.file, property: true))"
        if location.line > 0 { properties += ",line=\(location.line)" }
        if location.column > 0 { properties += ",col=\(location.column)" }
        let message = ([problem.message(in: language)] + context).joined(separator: "\n")
        return "::\(severity == .error ? "error" : "warning") \(properties)::\(escape(message, property: false))"
    }
}

/// Thrown when one or more errors were found; carries every diagnostic of the run.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, sorted by location.
    public var diagnostics: [Diagnostic]

    /// Wraps diagnostics, sorting them so output is stable.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
