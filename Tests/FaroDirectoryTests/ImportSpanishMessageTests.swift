import FaroTestSupport
import FaroCore
import FaroDirectory
import Testing

/// The spreadsheet import speaks to the people who fill in the spreadsheet, so every one of its problems is in Spanish too.
@Suite struct ImportSpanishMessageTests {
    static let today = Day(iso: "2026-11-29")!
    static let read = Day(iso: "2026-12-11")!

    @Test(arguments: [
        SpanishExample(ImportProblem.emptyFile, keeps: "nombre, estado, ciudad"),
        SpanishExample(ImportProblem.unclosedQuote, keeps: "\""),
        SpanishExample(ImportProblem.textAfterQuote(column: "Dirección"), keeps: "'Dirección'", "\"\""),
        SpanishExample(ImportProblem.missingColumn(.name), keeps: "'nombre'", ImportColumn.name.headers.joined(separator: ", ")),
        SpanishExample(ImportProblem.duplicateColumn(column: "Name", first: "Nombre"), keeps: "'Name'", "'Nombre'"),
        SpanishExample(ImportProblem.unknownColumn("Telefno", suggestion: .phone), keeps: "'Telefno'", "'\(ImportColumn.phone.suggestedHeader)'"),
        SpanishExample(ImportProblem.unknownColumn("Notas", suggestion: nil), keeps: "'Notas'", "'faro import shelters --help'"),
        SpanishExample(ImportProblem.tooManyCells(count: 9, columns: 7), keeps: "9", "7"),
        SpanishExample(ImportProblem.missingValue(column: "Ciudad"), keeps: "'Ciudad'"),
        SpanishExample(ImportProblem.unknownState(column: "Estado", value: "Baja"), keeps: "'Estado'", "'Baja'", "'CDMX'"),
        SpanishExample(ImportProblem.unknownTerm(column: "Servicios", value: "comdor", kind: .service, suggestion: "food"),
                       keeps: "'Servicios'", "'comdor'", "'food'", ImportTerms.allowedText(.service)),
        SpanishExample(ImportProblem.unknownTerm(column: "Idiomas", value: "klingon", kind: .language, suggestion: nil),
                       keeps: "'Idiomas'", "'klingon'", ImportTerms.allowedText(.language)),
        SpanishExample(ImportProblem.invalidPhone(column: "Teléfono", value: "664-12"), keeps: "'Teléfono'", "'664-12'", "664 123 4567", "/"),
        SpanishExample(ImportProblem.phoneExtension(column: "Teléfono", value: "664 123 4567 ext. 12"), keeps: "'Teléfono'", "'664 123 4567 ext. 12'"),
        SpanishExample(ImportProblem.invalidCoordinate(column: "Latitud", value: "32°N"), keeps: "'Latitud'", "'32°N'", "32.5300", "-117.0400"),
        SpanishExample(ImportProblem.incompleteCoordinates(column: "Latitud", missing: "Longitud"), keeps: "'Latitud'", "'Longitud'"),
        SpanishExample(ImportProblem.outsideMexico(column: "Coordenadas", lat: -117.04, lon: 32.53), keeps: "'Coordenadas'", "-117.04, 32.53"),
        SpanishExample(ImportProblem.invalidDate(column: "Verificado", value: "30/02/2026"), keeps: "'Verificado'", "'30/02/2026'", "2026-11-29", "29/11/2026"),
        SpanishExample(ImportProblem.futureDate(column: "Verificado", value: "12/11/2026", day: read, today: today),
                       keeps: "'Verificado'", "'12/11/2026'", "2026-12-11", "(2026-11-29)", "29/11/2026"),
        SpanishExample(ImportProblem.invalidNumber(column: "Capacidad", value: "unos 40"), keeps: "'Capacidad'", "'unos 40'"),
        SpanishExample(ImportProblem.invalidHours(column: "Horario", value: "Lun 9-5", reason: .badTimeRange("9-5")),
                       keeps: "'Horario'", "'Lun 9-5'", "'9-5'", "09:00-17:00", "'24 horas'"),
        SpanishExample(ImportProblem.invalidEmail(column: "Correo", value: "contacto@"), keeps: "'Correo'", "'contacto@'"),
        SpanishExample(ImportProblem.invalidWebsite(column: "Sitio web", value: "ejemplo"), keeps: "'Sitio web'", "'ejemplo'", "https://ejemplo.org"),
        SpanishExample(ImportProblem.invalidID(column: "ID", value: "Casa Tochan"), keeps: "'ID'", "'Casa Tochan'", "'casa-tochan'"),
        SpanishExample(ImportProblem.duplicateID("casa-tochan-cdmx", firstRow: 3), keeps: "'casa-tochan-cdmx'", "3", "'id'"),
        SpanishExample(ImportProblem.unknownOrganization(column: "Organización", value: "Sin Fronteras", suggestion: "sin-fronteras"),
                       keeps: "'Organización'", "'Sin Fronteras'", "'sin-fronteras'", "directory/organizations/"),
        SpanishExample(ImportProblem.fileExists(path: "directory/shelters/casa-tochan.yaml"), keeps: "directory/shelters/casa-tochan.yaml", "--overwrite"),
        SpanishExample(ImportProblem.unwritable(path: "directory/shelters/casa.yaml", reason: "Permission denied"),
                       keeps: "directory/shelters/casa.yaml", "Permission denied"),
    ])
    func import_problem_has_a_spanish_message_with_the_same_values(_ example: SpanishExample) {
        example.expectSpanishKeepsTheValues()
    }

    @Test(arguments: [
        OpeningHoursError.empty, .unknownDay("Lun"), .missingTimes("Mo-Fr"), .badTimeRange("9-5"), .unexpected("y domingos"),
    ])
    func why_hours_could_not_be_read_is_said_in_spanish(_ reason: OpeningHoursError) {
        let problem = ImportProblem.invalidHours(column: "Horario", value: "x", reason: reason)
        #expect(problem.spanish.contains(reason.spanish))
        #expect(!problem.spanish.contains(reason.description))
    }
}
