import FaroCore
import FaroYAML
import Foundation
import Yams

/// The organisation records a shelter can name, by id and by name, so an imported `organization:` always
/// points at a record the build knows.
struct OrganizationIndex: Sendable {
    /// Name slug → id, and id → id.
    private let ids: [String: String]

    /// Indexes organisations given as (id, name) pairs.
    init(_ organizations: [(id: String, name: String)]) {
        var ids: [String: String] = [:]
        for organization in organizations {
            ids[Slug.make(organization.name)] = organization.id
            ids[organization.id] = organization.id
        }
        self.ids = ids
    }

    /// Reads `directory/organizations/*.yaml`: the id is the file name, the name is the file's `name:`.
    /// A file that cannot be read still counts by its id; the build reports what is wrong with it.
    init(directoryFolder: URL) {
        let folder = directoryFolder.appendingPathComponent(DirectoryRecord.Category.organization.folder)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        self.init(files.sorted().map { file in
            let id = String(file.prefix { $0 != "." })
            let text = try? SourceText.read(folder.appendingPathComponent(file), displayPath: file)
            let node = text.flatMap { try? YAMLDocument.parse($0, file: file) }
            let name = node?.mapping?["name"]?.string ?? id
            return (id, name)
        })
    }

    /// The id of the organisation `written` names by id or name (`Sin Fronteras` → `sin-fronteras`).
    func id(for written: String) -> String? {
        ids[written] ?? ids[Slug.make(written)]
    }

    /// The organisation id closest to a misspelt id or name.
    func suggestion(for written: String) -> String? {
        KeySuggestion.closest(to: Slug.make(written), among: Array(ids.keys), maxDistance: 3).flatMap { ids[$0] }
    }
}
