import FaroCore
import FaroDirectory
import FaroYAML
import Foundation
import Testing

/// Every validation of a record names its file, line and key.
@Suite struct RecordValidationTests {
    static let today = Day(iso: "2026-11-29")!

    static let valid = """
    id: albergue-uno
    example: true
    name: Albergue Uno
    state: Tamaulipas
    city: Reynosa
    location: {lat: 26.09, lon: -98.28}
    phones:
      - {number: "+52 899 000 0101", kind: voice}
    services: [lodging, food]
    populations: [families]
    languages: [es, en]
    hours: "Mo-Su 00:00-24:00"
    last_verified: 2026-11-01
    source: Visita

    """

    /// Writes shelter files into a temporary directory folder and loads it.
    func load(_ shelters: [String: String], organizations: [String: String] = [:]) throws -> Result<(Directory, [Diagnostic]), DiagnosticsError> {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-directory-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (folder, files) in [("shelters", shelters), ("organizations", organizations)] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(folder).appendingPathComponent(name)) }
        }
        let loader = DirectoryLoader(folder: root, displayRoot: "directory", today: Self.today, staleAfterDays: 180)
        return Result { () throws(DiagnosticsError) in try loader.load() }
    }

    /// The single error a broken record gives.
    func error(_ text: String, file: String = "albergue-uno.yaml") throws -> Diagnostic {
        guard case .failure(let failure) = try load([file: text]) else {
            Issue.record("the record was accepted")
            throw DiagnosticsError([])
        }
        return try #require(failure.diagnostics.first)
    }

    func replacing(_ old: String, with new: String) -> String {
        Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func accepts_a_valid_record() throws {
        let (directory, warnings) = try load(["albergue-uno.yaml": Self.valid]).get()
        #expect(directory.shelters.map(\.id) == ["albergue-uno"])
        #expect(warnings.isEmpty)
    }

    @Test func an_unknown_key_is_an_error_at_its_line() throws {
        let error = try error(Self.valid + "telefono: 123\n")
        #expect((error.problem as? YAMLProblem) == .unknownKey("telefono", suggestion: nil))
        #expect(error.location == SourceLocation(file: "directory/shelters/albergue-uno.yaml", line: 15, column: 1))
    }

    @Test func a_wrong_type_is_an_error() throws {
        let error = try error(replacing("last_verified: 2026-11-01", with: "last_verified: 2026-11-01\ncapacity: muchos"))
        #expect((error.problem as? YAMLProblem) == .wrongType(key: "capacity", expected: "a whole number"))
        #expect(error.location.line == 14)
    }

    @Test func a_service_outside_the_vocabulary_suggests_the_closest() throws {
        let error = try error(replacing("[lodging, food]", with: "[lodging, fod]"))
        #expect((error.problem as? DirectoryProblem) == .notInVocabulary(key: "services", value: "fod", suggestion: "food"))
        #expect(error.location.line == 9)
    }

    @Test func a_population_outside_the_vocabulary_is_an_error() throws {
        let error = try error(replacing("[families]", with: "[familias]"))
        #expect((error.problem as? DirectoryProblem) == .notInVocabulary(key: "populations", value: "familias", suggestion: "families"))
    }

    @Test func coordinates_outside_mexico_are_an_error() throws {
        let error = try error(replacing("{lat: 26.09, lon: -98.28}", with: "{lat: -98.28, lon: 26.09}"))
        #expect((error.problem as? DirectoryProblem) == .outsideMexico(lat: -98.28, lon: 26.09))
        #expect(error.location.line == 6)
    }

    @Test func an_invalid_phone_is_an_error_at_the_number() throws {
        let error = try error(replacing("+52 899 000 0101", with: "899 000"))
        #expect((error.problem as? DirectoryProblem) == .invalidPhone("899 000"))
        #expect(error.location.line == 8)
    }

    @Test func a_date_in_the_future_is_an_error() throws {
        let error = try error(replacing("2026-11-01", with: "2027-01-01"))
        #expect((error.problem as? DirectoryProblem) == .futureDate(key: "last_verified", value: "2027-01-01"))
        #expect(error.location.line == 13)
    }

    @Test func an_unknown_state_and_bad_hours_are_errors() throws {
        #expect((try error(replacing("Tamaulipas", with: "Texas")).problem as? DirectoryProblem) == .unknownState("Texas"))
        #expect((try error(replacing("Mo-Su 00:00-24:00", with: "Lunes a viernes")).problem as? DirectoryProblem)
                == .invalidHours(OpeningHoursError.unknownDay("Lunes").description))
    }

    @Test func a_duplicate_id_names_the_other_file() throws {
        guard case .failure(let failure) = try load(["albergue-uno.yaml": Self.valid, "albergue-uno.yml": Self.valid]) else {
            Issue.record("duplicate ids were accepted")
            return
        }
        let error = try #require(failure.diagnostics.first)
        #expect((error.problem as? DirectoryProblem) == .duplicateId("albergue-uno", other: "directory/shelters/albergue-uno.yaml"))
        #expect(error.location == SourceLocation(file: "directory/shelters/albergue-uno.yml", line: 1, column: 1))
    }

    @Test func an_id_that_is_not_the_file_name_is_an_error() throws {
        let error = try error(Self.valid, file: "otro.yaml")
        #expect((error.problem as? DirectoryProblem) == .idMismatch(id: "albergue-uno", fileName: "otro"))
    }

    @Test func an_unknown_organisation_is_an_error() throws {
        let error = try error(Self.valid + "organization: nadie\n")
        #expect((error.problem as? DirectoryProblem) == .unknownOrganization("nadie"))
        #expect(error.location.line == 15)
    }

    @Test func a_record_not_verified_for_too_long_is_a_warning_not_an_error() throws {
        let (directory, warnings) = try load(["albergue-uno.yaml": replacing("2026-11-01", with: "2025-01-01")]).get()
        #expect(directory.records.count == 1)
        #expect(warnings.map(\.severity) == [.warning])
        #expect((warnings.first?.problem as? DirectoryProblem) == .stale(days: 697, limit: 180))
    }
}

extension RecordValidationTests {
    @Test func an_id_that_is_not_a_slug_is_an_error_with_a_suggestion() throws {
        let error = try error(replacing("id: albergue-uno", with: "id: Albergue Uno"), file: "Albergue Uno.yaml")
        #expect((error.problem as? DirectoryProblem) == .invalidId("Albergue Uno", suggestion: "albergue-uno"))
    }

    @Test func kind_and_cost_take_one_value_not_a_list() throws {
        let error = try error(Self.valid + "cost: [free, fee]\n")
        #expect((error.problem as? YAMLProblem) == .wrongType(key: "cost", expected: "text"))
    }

    @Test func a_real_record_cannot_belong_to_a_sample_organisation() throws {
        let organization = "id: red\nexample: true\nname: Red\nlast_verified: 2026-11-01\nsource: Web\n"
        let real = replacing("example: true", with: "example: false") + "organization: red\n"
        guard case .failure(let failure) = try load(["albergue-uno.yaml": real], organizations: ["red.yaml": organization]) else {
            Issue.record("a real record was allowed to name a sample organisation")
            return
        }
        #expect(failure.diagnostics.contains { ($0.problem as? DirectoryProblem) == .sampleOrganization("red") && $0.location.line == 15 })
    }
}

extension RecordValidationTests {
    @Test func a_spanish_word_for_a_service_suggests_the_value_it_means() throws {
        let error = try error(replacing("[lodging, food]", with: "[lodging, comida]"))
        #expect((error.problem as? DirectoryProblem) == .notInVocabulary(key: "services", value: "comida", suggestion: "food"))
    }
}

extension RecordValidationTests {
    @Test func a_key_spelt_in_spanish_suggests_the_key_meant() throws {
        let error = try error(Self.valid + "capacidad: 40\n")
        #expect((error.problem as? YAMLProblem) == .unknownKey("capacidad", suggestion: "capacity"))
    }
}
