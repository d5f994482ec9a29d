import FaroDirectory
import Foundation
import Testing

/// `data/shelters.csv` and `data/organizations.csv`.
@Suite struct RecordCSVExportTests {
    @Test func shelters_csv_has_a_header_and_a_row_per_published_shelter() throws {
        let csv = CSVDocument(try ExportFixture.file("data/shelters.csv"))
        #expect(Array(csv.header.prefix(5)) == ["id", "example", "name", "kind", "organization"])
        let rows = csv.records()
        #expect(rows.map { $0["id"] } == ["casa-norte", "igualdad"])
        let casa = rows[0]
        #expect(casa["organization"] == "red-apoyo")
        #expect(casa["state"] == "Baja California")
        #expect(casa["state_iso"] == "MX-BCN")
        #expect(casa["services"] == "lodging;food")
        #expect(casa["languages"] == "es;en;ht")
        #expect(casa["last_verified"] == "2026-11-02")
        #expect(casa["example"] == "false")
    }

    @Test func organizations_csv_has_the_organisations() throws {
        let csv = CSVDocument(try ExportFixture.file("data/organizations.csv"))
        #expect(csv.records().map { $0["id"] } == ["red-apoyo"])
        #expect(csv.records()[0]["website"] == "https://red-apoyo.org/")
    }

    @Test func translatable_fields_get_a_column_per_language_spanish_first() throws {
        let csv = CSVDocument(try ExportFixture.file("data/shelters.csv"))
        #expect(csv.header.filter { $0.hasPrefix("description_") } == ["description_es", "description_en"])
        #expect(csv.header.filter { $0.hasPrefix("requirements_") } == ["requirements_es"])
        #expect(csv.records()[0]["description_en"] == "Family shelter.")
    }

    @Test func phones_are_e164_in_a_column_per_kind() throws {
        let casa = CSVDocument(try ExportFixture.file("data/shelters.csv")).records()[0]
        #expect(casa["phones_voice"] == "+526640000101")
        #expect(casa["phones_whatsapp"] == "+526640000102")
        #expect(casa["phones_sms"] == "")
    }

    @Test func rows_end_in_crlf_and_fields_with_commas_quotes_or_line_breaks_are_quoted() throws {
        let text = String(decoding: try ExportFixture.file("data/shelters.csv"), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(text.contains(",\"Calle 5, Zona Centro\","))
        #expect(text.contains("\"Albergue \"\"familiar\"\",\ncon comedor.\""))
        let casa = CSVDocument(Data(text.utf8)).records()[0]
        #expect(casa["description_es"] == "Albergue \"familiar\",\ncon comedor.")
    }

    @Test func a_name_that_looks_like_a_formula_is_neutralised() throws {
        let igualdad = CSVDocument(try ExportFixture.file("data/shelters.csv")).records()[1]
        #expect(igualdad["name"] == "'=HYPERLINK(\"http://example.com\")")
    }

    @Test func negative_longitudes_are_written_as_numbers() throws {
        let casa = CSVDocument(try ExportFixture.file("data/shelters.csv")).records()[0]
        #expect(casa["latitude"] == "32.531")
        #expect(casa["longitude"] == "-117.038")
    }
}
