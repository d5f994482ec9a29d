import FaroCore
import FaroDirectory
import Testing

/// Cells as CSOs fill them in: phones, vocabulary in Spanish, dates, coordinates, hours; and every row that
/// cannot be taken reported at its spreadsheet row and column.
@Suite struct ImportRowTests {
    static let base = "Casa Norte,Baja California,Tijuana,2026-11-01,Visita"

    /// Imports one row with extra columns and returns the record as the build loads it.
    func record(_ header: String, _ cells: String) throws -> DirectoryRecord {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.header + "," + header + "\n" + Self.base + "," + cells + "\n")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        return try #require(try sandbox.load().shelters.first)
    }

    /// Imports one row with extra columns and returns the report.
    func report(_ header: String, _ cells: String) throws -> ImportReport {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        return sandbox.run(ImportCSV.header + "," + header + "\n" + Self.base + "," + cells + "\n")
    }

    @Test(arguments: [
        ("\"(664) 123-4567 / 664 765 4321\"", ["+526641234567", "+526647654321"]),
        ("+52 1 664 123 4567", ["+526641234567"]),
        ("\"Cel. 664 123 4567 o 55 1234 5678; 6641234567\"", ["+526641234567", "+525512345678"]),
        ("01 664 123 4567", ["+526641234567"]),
        ("044 664 123 4567", ["+526641234567"]),
        ("+1 (619) 555-0100", ["+16195550100"]),
    ])
    func reads_phone_numbers_written_every_way(cell: String, numbers: [String]) throws {
        let record = try record("teléfono", cell)
        #expect(record.phones.map(\.number.e164) == numbers)
        #expect(record.phones.allSatisfy { $0.kind == "voice" })
    }

    @Test func whatsapp_and_sms_columns_give_their_kinds() throws {
        let record = try record("whatsapp,sms", "664 123 4567,+52 664 765 4321")
        #expect(record.phones.map(\.kind) == ["whatsapp", "sms"])
    }

    @Test func a_number_with_an_extension_is_refused_at_its_cell() throws {
        let report = try report("teléfono", "664-123-4567 ext. 2")
        #expect(report.errors.map(\.problem) == [.phoneExtension(column: "teléfono", value: "664-123-4567 ext. 2")])
        #expect(report.errors.first?.row == 2 && report.errors.first?.column == 6)
        #expect(report.skipped == 1)
    }

    @Test func a_number_too_short_is_an_error() throws {
        let report = try report("teléfono", "\"664 123 4567 / 765 4321\"")
        #expect(report.errors.map(\.problem) == [.invalidPhone(column: "teléfono", value: "765 4321")])
    }

    @Test func maps_spanish_services_populations_languages_and_cost_to_the_vocabulary() throws {
        let record = try record("servicios,población,idiomas,costo",
                                "\"Alojamiento, Comida; Asesoría Legal, regaderas, psicológico\",\"Mujeres, familias, LGBTIQ+\",\"español, inglés, kreyòl\",Gratuito")
        #expect(record.services == ["lodging", "food", "legal", "showers", "psychosocial"])
        #expect(record.populations == ["women", "families", "lgbtiq"])
        #expect(record.languages == ["es", "en", "ht"])
        #expect(record.cost == "free")
    }

    @Test func an_unknown_service_is_an_error_naming_row_column_and_value() throws {
        let report = try report("servicios", "\"comida, alimentacoin\"")
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.row == 2 && report.errors.first?.column == 6)
        #expect(report.errors.first?.problem == .unknownTerm(column: "servicios", value: "alimentacoin", kind: .service, suggestion: "food"))
        #expect(report.skipped == 1 && report.imported == 0)
    }

    @Test(arguments: [("29/11/2026", "2026-11-29"), ("1/2/2026", "2026-02-01"), ("2026-03-04", "2026-03-04"), ("04-03-2026", "2026-03-04")])
    func reads_dates_as_iso_or_day_month_year(written: String, day: String) throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        _ = sandbox.run(ImportCSV.minimal("Casa Norte,Baja California,Tijuana,\(written),Visita"))
        #expect(try sandbox.load().shelters.first?.lastVerified == Day(iso: day))
    }

    @Test func a_date_in_the_future_is_a_row_error() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.minimal("Casa Norte,Baja California,Tijuana,30/11/2026,Visita"))
        #expect(report.errors.map(\.problem) == [.futureDate(column: "última verificación", value: "30/11/2026", day: Day(iso: "2026-11-30")!, today: ImportSandbox.today)])
        #expect(report.errors.first?.row == 2 && report.errors.first?.column == 4)
    }

    @Test func a_month_first_date_is_not_guessed() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.minimal("Casa Norte,Baja California,Tijuana,11/29/2026,Visita"))
        #expect(report.errors.map(\.problem) == [.invalidDate(column: "última verificación", value: "11/29/2026")])
    }

    @Test func a_repeated_id_is_an_error_at_the_second_row() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.minimal(Self.base, "Casa Sur,Sonora,Nogales,2026-11-01,Visita", "Casa  Norte,Baja California,Tijuana,2026-10-01,Llamada"))
        #expect(report.errors.map(\.problem) == [.duplicateID("casa-norte-tijuana", firstRow: 2)])
        #expect(report.errors.first?.row == 4 && report.errors.first?.column == 1)
        #expect(report.imported == 2 && report.skipped == 1)
    }

    @Test func a_required_cell_left_empty_is_an_error_at_that_cell() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.minimal("Casa Norte,Baja California,,2026-11-01,Visita"))
        #expect(report.errors.map(\.problem) == [.missingValue(column: "ciudad")])
        #expect(report.errors.first?.column == 3)
    }

    @Test func reads_coordinates_with_a_decimal_comma_or_in_one_cell() throws {
        #expect(try record("latitud,longitud", "\"32,5300\",\"-117,0400\"").coordinates == Coordinates(lat: 32.53, lon: -117.04))
        #expect(try record("coordenadas", "\"32.53, -117.04\"").coordinates == Coordinates(lat: 32.53, lon: -117.04))
    }

    @Test func swapped_coordinates_are_an_error() throws {
        let report = try report("lat,lon", "-117.04,32.53")
        #expect(report.errors.map(\.problem) == [.outsideMexico(column: "lat", lat: -117.04, lon: 32.53)])
    }

    @Test(arguments: [
        ("Lunes a viernes 9:00 a 17:00, sábado 9 a 13 h", "Mo-Fr 09:00-17:00; Sa 09:00-13:00"),
        ("24 horas", "24/7"),
        ("L-V 9am-5pm", "Mo-Fr 09:00-17:00"),
        ("Mo-Fr 09:00-17:00; Su off", "Mo-Fr 09:00-17:00; Su off"),
        ("Todos los días 8 a 20 hrs", "08:00-20:00"),
    ])
    func reads_opening_hours_written_in_spanish(written: String, osm: String) throws {
        #expect(try record("horario", "\"\(written)\"").hours?.text == osm)
    }

    @Test func names_an_organisation_by_its_name_or_id() throws {
        #expect(try record("organización", "Sin Fronteras IAP").organization == "sin-fronteras")
        let report = try report("organización", "Sin Fronteros")
        #expect(report.errors.map(\.problem) == [.unknownOrganization(column: "organización", value: "Sin Fronteros", suggestion: "sin-fronteras")])
    }

    @Test func a_state_abbreviation_is_understood_and_an_unknown_state_is_an_error() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.minimal("Casa CDMX,CDMX,Iztapalapa,2026-11-01,Visita", "Casa Texas,Texas,El Paso,2026-11-01,Visita"))
        #expect(report.errors.map(\.problem) == [.unknownState(column: "estado", value: "Texas")])
        #expect(try sandbox.load().shelters.map(\.state?.name) == ["Ciudad de México"])
    }

    @Test func every_problem_in_a_row_is_reported_at_once() throws {
        let report = try report("teléfono,servicios,correo", "12345,comidas,contacto@")
        #expect(report.errors.map(\.column) == [6, 7, 8])
        #expect(report.skipped == 1)
    }
}
