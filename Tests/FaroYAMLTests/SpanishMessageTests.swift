import FaroTestSupport
import FaroCore
import FaroYAML
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(YAMLProblem.invalidYAML("mapping values are not allowed here"), keeps: "mapping values are not allowed here"),
        SpanishExample(YAMLProblem.notAMapping(key: "title"), keeps: "'title'"),
        SpanishExample(YAMLProblem.notAMapping(key: nil)),
        SpanishExample(YAMLProblem.unknownKey("fecha", suggestion: "date"), keeps: "'fecha'", "'date'"),
        SpanishExample(YAMLProblem.unknownKey("fecha", suggestion: nil), keeps: "'fecha'"),
        SpanishExample(YAMLProblem.missingKey("title"), keeps: "'title'"),
        SpanishExample(YAMLProblem.duplicateKey("slug"), keeps: "'slug'"),
        SpanishExample(YAMLProblem.wrongType(key: "weight", expected: "a whole number"), keeps: "'weight'"),
        SpanishExample(YAMLProblem.invalidDate(key: "date", value: "2021-02-30"), keeps: "'date'", "'2021-02-30'"),
        SpanishExample(YAMLProblem.invalidValue(key: "paper", value: "tabloid", expected: "letter or a4"), keeps: "'paper'", "'tabloid'", "letter", "a4"),
        SpanishExample(YAMLProblem.anchorsNotAllowed, keeps: "&", "*"),
        SpanishExample(YAMLProblem.nestedTooDeeply(limit: 64), keeps: "64"),
    ])
    func yaml_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }

    @Test(arguments: [
        SpanishExample(SourceTextProblem.unreadable("Permission denied"), keeps: "Permission denied"),
        SpanishExample(SourceTextProblem.notUTF8, keeps: "UTF-8"),
        SpanishExample(SourceTextProblem.tooLarge(bytes: 12 * 1_048_576, limit: 8 * 1_048_576), keeps: "12 MB", "8 MB"),
        SpanishExample(SourceTextProblem.symbolicLink),
        SpanishExample(SourceTextProblem.notAFile),
    ])
    func source_text_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }

    @Test func what_a_key_expects_is_said_in_spanish() {
        let spanish = YAMLProblem.wrongType(key: "weight", expected: "a whole number").spanish
        #expect(spanish.contains("número entero"))
        #expect(!spanish.contains("a whole number"))
    }
}
