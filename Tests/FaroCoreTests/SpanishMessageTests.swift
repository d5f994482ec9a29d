import FaroTestSupport
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
