import FaroCore
@testable import FaroDirectory
import Foundation
import Testing

/// A content folder in a temporary directory, with one organisation record, for running imports into.
struct ImportSandbox {
    static let today = Day(iso: "2026-11-29")!

    /// The content folder.
    let content: URL

    /// Creates the folder with `directory/organizations/sin-fronteras.yaml`.
    init() throws {
        content = FileManager.default.temporaryDirectory.appendingPathComponent("faro-import-\(UUID().uuidString)")
        let organizations = content.appendingPathComponent("directory/organizations")
        try FileManager.default.createDirectory(at: organizations, withIntermediateDirectories: true)
        try Data("""
        id: sin-fronteras
        name: Sin Fronteras IAP
        kind: ngo
        state: Ciudad de México
        city: Ciudad de México
        last_verified: 2026-10-01
        source: Llamada

        """.utf8).write(to: organizations.appendingPathComponent("sin-fronteras.yaml"))
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: content)
    }

    /// Imports CSV text as `altas.csv`.
    func run(_ csv: String, _ options: ImportOptions = ImportOptions()) -> ImportReport {
        ShelterImport(content: content, contentDisplayPath: "Content", today: Self.today, options: options).run(text: csv, displayPath: "altas.csv")
    }

    /// The shelter files written, by name.
    var shelterFiles: [String] {
        let folder = content.appendingPathComponent("directory/shelters")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The text of a shelter file.
    func shelter(_ id: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent("directory/shelters/\(id).yaml"), encoding: .utf8)
    }

    /// Writes a shelter file, as if it were already there.
    func writeShelter(_ id: String, _ text: String) throws {
        let folder = content.appendingPathComponent("directory/shelters")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("\(id).yaml"))
    }

    /// Every record, loaded as `faro build` loads them.
    func load() throws -> Directory {
        let loader = DirectoryLoader(folder: content.appendingPathComponent("directory"), displayRoot: "Content/directory", today: Self.today, staleAfterDays: 365)
        return try loader.load().0
    }
}

/// The errors of a report, as (row, column, problem), for assertions that ignore message text.
extension ImportReport {
    var errors: [(row: Int, column: Int, problem: ImportProblem?)] {
        diagnostics.filter { $0.severity == .error }.map { ($0.location.line, $0.location.column, $0.problem as? ImportProblem) }
    }
}

/// The smallest header and row that import: name, state, city, last verified, source.
enum ImportCSV {
    static let header = "nombre,estado,ciudad,última verificación,fuente"

    /// A file with the minimal header and the given rows.
    static func minimal(_ rows: String...) -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }
}
