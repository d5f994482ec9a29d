import FaroCore
import FaroScaffold
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(ScaffoldProblem.fileExists("Content/asilo.md"), keeps: "Content/asilo.md", "faro new"),
        SpanishExample(ScaffoldProblem.notASlug("Mis Derechos", suggestion: "mis-derechos"), keeps: "'Mis Derechos'", "a-z", "0-9", "'mis-derechos'"),
        SpanishExample(ScaffoldProblem.notASlug("¿?", suggestion: ""), keeps: "'¿?'"),
        SpanishExample(ScaffoldProblem.unknownLanguage("fr", known: ["es", "en"]), keeps: "'fr'", "(es, en)"),
        SpanishExample(ScaffoldProblem.unknownState("Baja"), keeps: "'Baja'", "Content/directory/SCHEMA.md"),
        SpanishExample(ScaffoldProblem.missingValue("title"), keeps: "title"),
        SpanishExample(ScaffoldProblem.missingSource, keeps: "--source \"Llamada al 868 000 0000\""),
        SpanishExample(ScaffoldProblem.writeFailed(path: "Content/asilo.md", reason: "Permission denied"), keeps: "Content/asilo.md", "Permission denied"),
    ])
    func scaffold_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
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
