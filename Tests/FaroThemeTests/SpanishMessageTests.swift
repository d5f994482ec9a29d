import FaroCore
import FaroTheme
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(ThemeProblem.missingTheme("Themes/faro"), keeps: "'Themes/faro'"),
        SpanishExample(ThemeProblem.missingTemplate("section"), keeps: "'section.mustache'"),
        SpanishExample(ThemeProblem.missingPartial("footer"), keeps: "'footer'", "templates/footer.mustache"),
        SpanishExample(ThemeProblem.templateSyntax("unclosed section 'pages'"), keeps: "unclosed section 'pages'", "Mustache"),
        SpanishExample(ThemeProblem.unknownStringKey("menu"), keeps: "'t.menu'", "i18n"),
    ])
    func theme_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
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
