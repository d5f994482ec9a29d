import FaroCore
import FaroDirectory
import Foundation
import Testing

/// `Content/directory/SCHEMA.md`, the record format for CSO staff, stays true to the code.
@Suite struct SchemaDocumentTests {
    let text: String

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        text = try String(contentsOf: root.appendingPathComponent("Content/directory/SCHEMA.md"), encoding: .utf8)
    }

    /// The YAML blocks whose first line names their file (`# Content/directory/shelters/x.yaml`), by that path.
    var exampleRecords: [(path: String, yaml: String)] {
        text.components(separatedBy: "```yaml\n").dropFirst().compactMap { block in
            let yaml = block.components(separatedBy: "```").first ?? ""
            guard yaml.hasPrefix("# Content/directory/") else { return nil }
            let path = String(yaml.prefix { $0 != "\n" }.dropFirst("# Content/directory/".count))
            return (path, yaml)
        }
    }

    @Test func the_example_records_load_without_errors() throws {
        let records = exampleRecords
        #expect(records.map(\.path).sorted() == ["organizations/ejemplo-ac.yaml", "shelters/albergue-ejemplo-tijuana.yaml"])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("faro-schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for record in records {
            let url = folder.appendingPathComponent(record.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(record.yaml.utf8).write(to: url)
        }
        let loader = DirectoryLoader(folder: folder, displayRoot: "SCHEMA.md", today: Day.today(), staleAfterDays: 100_000)
        let (directory, warnings) = try loader.load()
        #expect(directory.records.count == 2)
        #expect(warnings.isEmpty)
        #expect(directory.records.allSatisfy { $0.example })
    }

    @Test func every_allowed_value_is_listed() {
        let values = Vocabulary.services + Vocabulary.populations + Vocabulary.phoneKinds + Vocabulary.shelterKinds
            + Vocabulary.organizationKinds + Vocabulary.costs
        for value in values { #expect(text.contains("`\(value)`"), "\(value)") }
        for state in MexicanState.all { #expect(text.contains(state.name), "\(state.name)") }
    }
}
