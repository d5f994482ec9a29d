import FaroTestSupport
import FaroContent
import FaroCore
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(ContentProblem.missingSiteConfig, keeps: "site.yaml", "README"),
        SpanishExample(ContentProblem.noLanguages, keeps: "'languages'"),
        SpanishExample(ContentProblem.emptyLanguageCode, keeps: "'code'"),
        SpanishExample(ContentProblem.duplicateLanguage("es"), keeps: "'es'"),
        SpanishExample(ContentProblem.defaultLanguageCount(0), keeps: "'default: true'"),
        SpanishExample(ContentProblem.defaultLanguageCount(2), keeps: "2", "'default: true'"),
        SpanishExample(ContentProblem.unknownLanguageSuffix("fr"), keeps: "'.fr'", "site.yaml"),
        SpanishExample(ContentProblem.missingFrontMatter, keeps: "'---'", "'title: …'"),
        SpanishExample(ContentProblem.unterminatedFrontMatter, keeps: "'---'"),
        SpanishExample(ContentProblem.invalidSlug("Mis Derechos", suggestion: "mis-derechos"), keeps: "'slug'", "'Mis Derechos'", "'mis-derechos'"),
        SpanishExample(ContentProblem.unusableFileName("¿?.md"), keeps: "'¿?.md'"),
        SpanishExample(ContentProblem.duplicateURL("/es/asilo/", other: "asilo/index.md"), keeps: "/es/asilo/", "asilo/index.md"),
        SpanishExample(ContentProblem.invalidAlias("es/viejo"), keeps: "'aliases'", "'es/viejo'", "'/'"),
        SpanishExample(ContentProblem.symbolicLink),
    ])
    func content_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }

    @Test(arguments: [
        SpanishExample(TranslationStamp.Problem.notATranslation("Content/asilo.md"), keeps: "Content/asilo.md", ".en.md"),
        SpanishExample(TranslationStamp.Problem.sourceNotFound("Content/asilo.en.md"), keeps: "Content/asilo.en.md"),
    ])
    func translation_stamp_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }
}
