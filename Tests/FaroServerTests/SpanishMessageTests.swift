import FaroCore
import FaroServer
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(PreviewProblem.contentNotFound("/home/ana/Content"), keeps: "/home/ana/Content", "faro serve", "--content"),
        SpanishExample(PreviewProblem.invalidHost("mi-compu"), keeps: "'mi-compu'", "127.0.0.1", "::1"),
        SpanishExample(PreviewProblem.cannotListen(host: "127.0.0.1", port: 8080, reason: "Address already in use"),
                       keeps: "127.0.0.1:8080", "Address already in use", "--port", "--port 0"),
        SpanishExample(PreviewProblem.cannotCreateSiteFolder(path: "/tmp/faro-preview", reason: "Permission denied"), keeps: "/tmp/faro-preview", "Permission denied"),
    ])
    func preview_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
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
