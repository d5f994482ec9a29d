/// A problem found in content, configuration or a theme; each module defines its own enum of them.
public protocol FaroProblem: Error, Sendable, CustomStringConvertible {}

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
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(problem)"
        for step in context { text += "\n  note: \(step)" }
        return text
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
