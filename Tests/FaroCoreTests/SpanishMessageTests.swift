@testable import FaroCore
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(UnexpectedProblem(reason: "No space left on device"), keeps: "No space left on device"),
    ])
    func unexpected_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }

    @Test func message_in_a_language_picks_the_english_or_the_spanish_text() {
        let problem = UnexpectedProblem(reason: "No space left on device")
        #expect(problem.message(in: .en) == problem.description)
        #expect(problem.message(in: .es) == problem.spanish)
    }
}

/// A problem and the values its English message interpolates, which the Spanish message must keep.
struct SpanishExample: Sendable, CustomTestStringConvertible {
    let problem: any FaroProblem
    let values: [String]

    init(_ problem: any FaroProblem, keeps values: String...) {
        self.problem = problem
        self.values = values
    }

    var testDescription: String { problem.description }

    /// The Spanish message is written, is not the English one, and names every value the English one names.
    func expectSpanishKeepsTheValues() {
        let spanish = problem.spanish
        #expect(!spanish.isEmpty)
        #expect(spanish != problem.description)
        for value in values {
            #expect(problem.description.contains(value), "the English message does not name \(value)")
            #expect(spanish.contains(value), "the Spanish message does not name \(value): \(spanish)")
        }
    }
}
