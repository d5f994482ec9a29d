import FaroCore
import FaroDirectory
import Foundation
import Testing

/// Records for the export tests: an organisation, a shelter it runs, a shelter on its own whose name looks
/// like a spreadsheet formula, and a sample shelter.
enum ExportFixture {
    static let organizations = [
        "red-apoyo.yaml": """
        id: red-apoyo
        name: Red de Apoyo
        kind: network
        state: Baja California
        city: Tijuana
        email: contacto@red-apoyo.org
        website: https://red-apoyo.org/
        phones:
          - {number: "664 000 0200", kind: voice}
        services: [legal]
        populations: [families]
        languages: [es]
        last_verified: 2026-10-01
        source: Llamada
        description:
          es: Red de organizaciones.

        """,
    ]

    static let shelters = [
        "casa-norte.yaml": """
        id: casa-norte
        name: Casa Norte
        organization: red-apoyo
        state: Baja California
        city: Tijuana
        address: "Calle 5, Zona Centro"
        location: {lat: 32.531, lon: -117.038}
        phones:
          - {number: "+52 664 000 0101", kind: voice}
          - {number: "+52 664 000 0102", kind: whatsapp}
        services: [lodging, food]
        populations: [families, women]
        languages: [es, en, ht]
        hours: "Mo-Su 08:00-20:00; Sa 10:00-14:00; Su off"
        capacity: 40
        cost: free
        last_verified: 2026-11-02
        source: Visita de verificación
        requirements:
          es: Identificación si la tienes.
        description:
          es: "Albergue \\"familiar\\",\\ncon comedor."
          en: Family shelter.

        """,
        "igualdad.yaml": """
        id: igualdad
        name: "=HYPERLINK(\\"http://example.com\\")"
        state: Chihuahua
        city: Ciudad Juárez
        hours: "24/7"
        languages: [es]
        last_verified: 2026-09-15
        source: Llamada

        """,
        "albergue-muestra.yaml": """
        id: albergue-muestra
        example: true
        name: Albergue Muestra
        state: Tamaulipas
        city: Reynosa
        location: {lat: 26.09, lon: -98.28}
        services: [lodging]
        last_verified: 2026-11-01
        source: Dato de muestra

        """,
    ]

    /// The fixture loaded through `DirectoryLoader` from a temporary folder.
    static func directory() throws -> Directory {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (folder, files) in [("shelters", shelters), ("organizations", organizations)] {
            let url = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        }
        let loader = DirectoryLoader(folder: root, displayRoot: "directory", today: Day(iso: "2026-11-29")!, staleAfterDays: 180)
        return try loader.load().0
    }

    /// Every export file of the fixture, by path.
    static func files(includeExamples: Bool = false) throws -> [String: Data] {
        let files = DirectoryExport.files(for: try directory(), baseURL: "https://faro.example.org", includeExamples: includeExamples)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.data) })
    }

    /// One export file of the fixture; the test fails when it is missing.
    static func file(_ path: String, includeExamples: Bool = false) throws -> Data {
        try #require(try files(includeExamples: includeExamples)[path], "no \(path)")
    }
}

/// A CSV file read back: rows of cells, by RFC 4180 (quoted fields, doubled quotes, CRLF).
struct CSVDocument {
    let rows: [[String]]

    init(_ data: Data) {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = String(decoding: data, as: UTF8.self).unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = characters.next()
        while let scalar = pending {
            pending = characters.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = characters.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field); field = ""
            } else if scalar == "\r" && pending == "\n" {
                pending = characters.next()
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        self.rows = rows
    }

    /// The header row.
    var header: [String] { rows.first ?? [] }

    /// Data rows as dictionaries by column name (after `skipping` rows below the header, such as HXL's tags).
    func records(skipping: Int = 0) -> [[String: String]] {
        rows.dropFirst(1 + skipping).map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}

/// A CSV file that must exist.
func csvDocument(_ data: Data?) throws -> CSVDocument {
    CSVDocument(try #require(data))
}

/// A JSON document parsed with Foundation.
func jsonObject(_ data: Data?) throws -> [String: Any] {
    let data = try #require(data)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}
