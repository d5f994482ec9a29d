import FaroTestSupport
import FaroCore
import FaroDirectory
import Testing

@Suite struct SpanishMessageTests {
    @Test(arguments: [
        SpanishExample(DirectoryProblem.notInVocabulary(key: "services", value: "lodgin", suggestion: "lodging"), keeps: "'services'", "'lodgin'", "'lodging'"),
        SpanishExample(DirectoryProblem.notInVocabulary(key: "kind", value: "club", suggestion: nil), keeps: "'kind'", "'club'", "Content/directory/SCHEMA.md"),
        SpanishExample(DirectoryProblem.unknownState("Baja"), keeps: "'state'", "'Baja'", "'Baja California'", "'Nuevo León'"),
        SpanishExample(DirectoryProblem.outsideMexico(lat: -117.04, lon: 32.53), keeps: "'location'", "-117.04, 32.53", "lat", "lon"),
        SpanishExample(DirectoryProblem.invalidPhone("664 12"), keeps: "'phones'", "'664 12'", "10", "+"),
        SpanishExample(DirectoryProblem.futureDate(key: "last_verified", value: "2031-01-01"), keeps: "'last_verified'", "2031-01-01"),
        SpanishExample(DirectoryProblem.duplicateId("casa-tochan", other: "directory/shelters/casa.yaml"), keeps: "'casa-tochan'", "directory/shelters/casa.yaml"),
        SpanishExample(DirectoryProblem.invalidId("Casa Tochan", suggestion: "casa-tochan"), keeps: "'id'", "'Casa Tochan'", "'casa-tochan'"),
        SpanishExample(DirectoryProblem.sampleOrganization("ejemplo-ac"), keeps: "'organization'", "'ejemplo-ac'", "example: true"),
        SpanishExample(DirectoryProblem.idMismatch(id: "casa", fileName: "casa-tochan"), keeps: "'id'", "'casa'", "'casa-tochan'"),
        SpanishExample(DirectoryProblem.unknownOrganization("sin-frontera"), keeps: "'organization'", "'sin-frontera'"),
        SpanishExample(DirectoryProblem.invalidHours("'Lunes' is not a day"), keeps: "'hours'", "'Lunes' is not a day"),
        SpanishExample(DirectoryProblem.invalidWebsite("www.ejemplo.org"), keeps: "'website'", "'www.ejemplo.org'", "https://", "http://"),
        SpanishExample(DirectoryProblem.invalidEmail("contacto@"), keeps: "'email'", "'contacto@'"),
        SpanishExample(DirectoryProblem.invalidLanguageCode("español"), keeps: "'español'", "es", "en", "ht"),
        SpanishExample(DirectoryProblem.stale(days: 400, limit: 365), keeps: "400", "365", "'last_verified'"),
    ])
    func directory_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }
}
