import FaroTestSupport
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
