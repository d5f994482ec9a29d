import Foundation

/// Collects diagnostics from concurrent work so that one run reports all of its problems together.
public final class DiagnosticLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    /// Creates an empty log.
    public init() {}

    /// Adds one diagnostic.
    public func report(_ diagnostic: Diagnostic) {
        lock.lock(); defer { lock.unlock() }
        items.append(diagnostic)
    }

    /// Adds an error at a location.
    public func error(_ problem: any FaroProblem, at location: SourceLocation, context: [String] = []) {
        report(Diagnostic(.error, at: location, problem, context: context))
    }

    /// Adds a warning at a location.
    public func warning(_ problem: any FaroProblem, at location: SourceLocation, context: [String] = []) {
        report(Diagnostic(.warning, at: location, problem, context: context))
    }

    /// Every diagnostic so far, sorted by location, then message.
    public var all: [Diagnostic] {
        lock.lock(); defer { lock.unlock() }
        return items.sorted { ($0.location, $0.description) < ($1.location, $1.description) }
    }

    /// The errors so far.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    /// The warnings so far.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// Whether any error was reported.
    public var hasErrors: Bool {
        lock.lock(); defer { lock.unlock() }
        return items.contains { $0.severity == .error }
    }
}

extension DiagnosticLog {
    /// Records any thrown error: a diagnostics error as its diagnostics, a problem at `location`,
    /// anything else as an unexpected failure at `location`.
    public func record(_ error: any Error, at location: SourceLocation, context: [String] = []) {
        switch error {
        case let diagnostics as DiagnosticsError: diagnostics.diagnostics.forEach(report)
        case let problem as any FaroProblem: self.error(problem, at: location, context: context)
        default: self.error(UnexpectedProblem(reason: "\(error)"), at: location, context: context)
        }
    }
}

/// A failure that no module describes, such as an error from the operating system.
public struct UnexpectedProblem: FaroProblem, Equatable {
    /// What went wrong, as the system said it.
    public var reason: String

    public var description: String { reason }
}
