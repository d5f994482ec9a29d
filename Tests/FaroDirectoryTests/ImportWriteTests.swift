import FaroCore
import FaroDirectory
import Foundation
import Testing

/// Writing records: the files decode as the build reads them, with the spreadsheet's values; dry runs write
/// nothing; files already there are kept unless asked.
@Suite struct ImportWriteTests {
    /// What a CSO's spreadsheet program saves: BOM, CRLF, semicolons, Spanish headers with accents,
    /// quoted cells holding separators, line breaks and quotes.
    static let messy = "\u{FEFF}" + [
        "Nombre;Estado;Municipio;Dirección;Latitud;Longitud;Teléfono;WhatsApp;Correo;Sitio web;Servicios;Atiende a;Idiomas;Horario;Capacidad;Requisitos;Costo;Descripción;description_en;Última verificación;Fuente;Organización",
        "Casa del Migrante \"La Esperanza\";Baja California;Tijuana;\"Calle 5 #100; Zona Centro\";32,5310;-117,0380;\"(664) 123-4567 / 664 765 4321\";+52 1 664 123 4567;contacto@esperanza.org.mx;www.esperanza.org.mx;\"Alojamiento; Comida; Asesoría legal\";\"Familias; Mujeres\";\"Español, Inglés\";Lunes a domingo 8:00 a 20:00;40 camas;\"Identificación si la tienes.\r\nNadie te negará la entrada.\";Gratis;\"Albergue \"\"familiar\"\"; con comedor.\";Family shelter.;29/10/2026;Visita de verificación;Sin Fronteras IAP",
        "Albergue Nuevo León;nuevo leon;Monterrey;;;;81 1234 5678;;;;médico;hombres;;;;;;;;2026-09-15;Llamada;",
    ].joined(separator: "\r\n") + "\r\n"

    @Test func written_records_decode_as_the_build_reads_them_with_the_spreadsheet_values() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(Self.messy)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.imported == 2)
        #expect(sandbox.shelterFiles == ["albergue-nuevo-leon-monterrey.yaml", "casa-del-migrante-la-esperanza-tijuana.yaml"])

        let directory = try sandbox.load()
        let casa = try #require(directory.record(.shelter, id: "casa-del-migrante-la-esperanza-tijuana"))
        #expect(casa.name == "Casa del Migrante \"La Esperanza\"")
        #expect(casa.state?.name == "Baja California" && casa.city == "Tijuana")
        #expect(casa.address == "Calle 5 #100; Zona Centro")
        #expect(casa.coordinates == Coordinates(lat: 32.531, lon: -117.038))
        #expect(casa.phones.map(\.number.e164) == ["+526641234567", "+526647654321", "+526641234567"])
        #expect(casa.phones.map(\.kind) == ["voice", "voice", "whatsapp"])
        #expect(casa.email == "contacto@esperanza.org.mx" && casa.website == "https://www.esperanza.org.mx")
        #expect(casa.services == ["lodging", "food", "legal"] && casa.populations == ["families", "women"] && casa.languages == ["es", "en"])
        #expect(casa.hours?.text == "Mo-Su 08:00-20:00" && casa.capacity == 40 && casa.cost == "free")
        #expect(casa.requirements == ["es": "Identificación si la tienes.\nNadie te negará la entrada."])
        #expect(casa.description == ["es": "Albergue \"familiar\"; con comedor.", "en": "Family shelter."])
        #expect(casa.lastVerified == Day(iso: "2026-10-29") && casa.source == "Visita de verificación")
        #expect(casa.organization == "sin-fronteras" && !casa.example)

        let monterrey = try #require(directory.record(.shelter, id: "albergue-nuevo-leon-monterrey"))
        #expect(monterrey.state?.name == "Nuevo León" && monterrey.phones.map(\.number.display) == ["+52 81 1234 5678"])
        #expect(monterrey.services == ["medical"] && monterrey.populations == ["men"] && monterrey.coordinates == nil)
    }

    @Test func writes_in_the_style_of_the_sample_records() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        _ = sandbox.run(ImportCSV.header + ",teléfono,servicios,latitud,longitud\n" + "Casa Norte,Baja California,Tijuana,2026-11-01,Visita,664 000 0101,\"comida, alojamiento\",32.53,-117.04\n")
        #expect(try sandbox.shelter("casa-norte-tijuana") == """
        # Imported from a spreadsheet with 'faro import shelters'; check it before publishing.
        id: casa-norte-tijuana
        name: "Casa Norte"
        kind: shelter
        state: Baja California
        city: Tijuana
        location: {lat: 32.53, lon: -117.04}
        phones:
          - {number: "+52 664 000 0101", kind: voice}
        services: [food, lodging]
        last_verified: 2026-11-01
        source: "Visita"

        """)
    }

    @Test func example_marks_every_record_as_sample_data() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        _ = sandbox.run(Self.messy, ImportOptions(example: true))
        #expect(try sandbox.load().shelters.allSatisfy(\.example))
    }

    @Test func a_dry_run_writes_nothing_and_reports_what_it_would_write() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(Self.messy, ImportOptions(dryRun: true))
        #expect(sandbox.shelterFiles.isEmpty)
        #expect(report.imported == 2)
        #expect(report.fileLines.first == "would write Content/directory/shelters/casa-del-migrante-la-esperanza-tijuana.yaml (row 2)")
        #expect(report.summary == "imported 2, skipped 0 (errors), unchanged 0 (dry run: nothing was written)")
    }

    @Test func an_existing_file_is_kept_without_overwrite_and_replaced_with_it() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let csv = ImportCSV.minimal("Casa Norte,Baja California,Tijuana,2026-11-01,Visita")
        try sandbox.writeShelter("casa-norte-tijuana", "id: casa-norte-tijuana\n")

        let kept = sandbox.run(csv)
        #expect(try sandbox.shelter("casa-norte-tijuana") == "id: casa-norte-tijuana\n")
        #expect(kept.unchanged == 1 && kept.imported == 0 && !kept.failed)
        #expect((kept.diagnostics.first?.problem as? ImportProblem) == .fileExists(path: "Content/directory/shelters/casa-norte-tijuana.yaml"))

        let replaced = sandbox.run(csv, ImportOptions(overwrite: true))
        #expect(replaced.rows.map(\.outcome) == [.replaced])
        #expect(try sandbox.shelter("casa-norte-tijuana").contains("source: \"Visita\""))
    }

    @Test func importing_the_same_file_again_changes_nothing() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        _ = sandbox.run(Self.messy)
        let again = sandbox.run(Self.messy)
        #expect(again.unchanged == 2 && again.imported == 0 && again.diagnostics.isEmpty)
        #expect(again.summary == "imported 0, skipped 0 (errors), unchanged 2")
    }

    @Test func good_rows_are_imported_and_bad_rows_reported_with_the_summary() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.minimal("Casa Norte,Baja California,Tijuana,2026-11-01,Visita", "Casa Sur,Sonora,Nogales,ayer,Visita", ",,,,"))
        #expect(report.summary == "imported 1, skipped 1 (errors), unchanged 0; 1 blank row ignored")
        #expect(report.failed)
    }

    @Test func an_unclosed_quote_stops_the_import_before_anything_is_written() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.minimal("Casa Norte,Baja California,Tijuana,2026-11-01,Visita", "\"Casa Sur,Sonora,Nogales,2026-11-01,Visita"))
        #expect(report.errors.map(\.problem) == [.unclosedQuote])
        #expect(report.errors.first?.row == 3 && report.errors.first?.column == 1)
        #expect(sandbox.shelterFiles.isEmpty)
    }
}
