import FaroCore
import Testing

/// A problem and the values its English message interpolates, which the Spanish message must keep.
public struct SpanishExample: Sendable, CustomTestStringConvertible {
    /// The problem.
    public let problem: any FaroProblem
    /// Values both messages must name.
    public let values: [String]

    /// A problem and the values its messages must keep.
    public init(_ problem: any FaroProblem, keeps values: String...) {
        self.problem = problem
        self.values = values
    }

    public var testDescription: String { problem.description }

    /// The Spanish message is written, is not the English one, and names every value the English one names.
    public func expectSpanishKeepsTheValues() {
        let spanish = problem.spanish
        #expect(!spanish.isEmpty)
        #expect(spanish != problem.description)
        for value in values {
            #expect(problem.description.contains(value), "the English message does not name \(value)")
            #expect(spanish.contains(value), "the Spanish message does not name \(value): \(spanish)")
        }
    }
}
