import FaroCore
@testable import FaroDirectory
import Testing

/// Every record is decoded by the build's own `RecordDecoder` before it is written; what it rejects is
/// reported at the spreadsheet row and column the value came from, and nothing is written.
@Suite struct ImportBuildCheckTests {
    @Test func what_the_build_would_reject_is_reported_at_its_row_and_column_and_not_written() throws {
        let sandbox = try ImportSandbox()
        defer { sandbox.remove() }
        let sheet = try CSVSheet(ImportCSV.header + ",idiomas\nCasa Norte,Sonora,Nogales,2026-11-01,Visita,EN\n")
        let reader = ShelterRow(sheet.rows[1], header: ImportHeader(sheet.rows[0], file: "altas.csv"), file: "altas.csv")
        var draft = ShelterDraft(row: 2, id: "casa-norte-nogales", name: "Casa Norte", state: try #require(MexicanState.named("Sonora")),
                                 city: "Nogales", lastVerified: try #require(Day(iso: "2026-11-01")), source: "Visita")
        draft.languages = ["EN"]

        let importer = ShelterImport(content: sandbox.content, contentDisplayPath: "Content", today: ImportSandbox.today)
        let (outcome, problems) = importer.save(draft, reader: reader)

        #expect(outcome == .skipped)
        #expect(problems.map { $0.problem as? DirectoryProblem } == [.invalidLanguageCode("EN")])
        #expect(problems.first?.location == SourceLocation(file: "altas.csv", line: 2, column: 6))
        #expect(sandbox.shelterFiles.isEmpty)
    }
}
