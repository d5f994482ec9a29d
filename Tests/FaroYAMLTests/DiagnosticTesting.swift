import FaroCore

/// FaroCore's location type; Testing has one of the same name.
typealias Location = FaroCore.SourceLocation

extension Array {
    /// The element of a one-element array; nil when there are none or several.
    var single: Element? { count == 1 ? first : nil }
}

/// The diagnostics `body` throws; empty when it does not throw.
func diagnostics<T>(thrownBy body: () throws(DiagnosticsError) -> T) -> [Diagnostic] {
    do {
        _ = try body()
        return []
    } catch {
        return error.diagnostics
    }
}
