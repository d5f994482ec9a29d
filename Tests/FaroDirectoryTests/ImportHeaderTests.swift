import FaroCore
@testable import FaroDirectory
import Testing

/// The header row: names in Spanish or English, any case or accents, checked before any row is read.
@Suite struct ImportHeaderTests {
    @Test(arguments: [
        ("Nombre", ImportColumn.name), ("NAME", .name), ("Última Verificación", .lastVerified), ("ultima_verificacion", .lastVerified),
        ("last_verified", .lastVerified), ("Teléfono", .phone), ("TEL", .phone), ("Atiende a", .populations), ("e-mail", .email),
        ("Sitio web", .website), ("Dirección", .address), ("Lng", .longitude), ("Municipio", .city), ("description_en", .descriptionEnglish),
    ])
    func recognises_headers_in_spanish_and_english(header: String, column: ImportColumn) {
        #expect(ImportColumn.named(header) == column)
    }

    @Test func no_header_names_two_columns() {
        let headers = ImportColumn.allCases.flatMap { column in column.headers.map { (ImportColumn.normalized($0), column) } }
        let owners = Dictionary(grouping: headers, by: \.0).mapValues { Set($0.map(\.1)) }
        #expect(owners.filter { $0.value.count > 1 }.isEmpty)
    }

    @Test func a_missing_required_column_is_an_error_before_any_row() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run("nombre,estado,ciudad,fuente\nCasa Norte,Baja California,Tijuana,Visita\n")
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.row == 1)
        #expect(report.errors.first?.problem == .missingColumn(.lastVerified))
        #expect(report.skipped == 1 && report.imported == 0)
        #expect(sandbox.shelterFiles.isEmpty)
    }

    @Test func every_missing_required_column_is_named() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run("name,city\nCasa Norte,Tijuana\n")
        #expect(report.errors.map(\.problem) == [.missingColumn(.state), .missingColumn(.lastVerified), .missingColumn(.source)])
    }

    @Test func a_column_named_twice_is_an_error_at_the_second() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.header + ",Teléfono,tel\n")
        #expect(report.errors.count == 1)
        #expect(report.errors.first?.column == 7)
        #expect(report.errors.first?.problem == .duplicateColumn(column: "tel", first: "Teléfono"))
    }

    @Test func an_unknown_column_is_a_warning_with_a_suggestion() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let report = sandbox.run(ImportCSV.minimal("Casa Norte,Baja California,Tijuana,2026-11-01,Visita").replacingOccurrences(of: "fuente\n", with: "fuente,Servicos\n"))
        let warning = try #require(report.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect((warning.problem as? ImportProblem) == .unknownColumn("Servicos", suggestion: .services))
        #expect(warning.location == SourceLocation(file: "altas.csv", line: 1, column: 6))
        #expect(report.imported == 1)
    }
}
