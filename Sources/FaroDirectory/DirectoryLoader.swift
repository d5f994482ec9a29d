import FaroCore
import FaroYAML
import Foundation

/// Reads `Content/directory/shelters/*.yaml` and `Content/directory/organizations/*.yaml`, one record per file.
public struct DirectoryLoader: Sendable {
    /// The `directory` folder inside the content folder.
    public let folder: URL
    /// How messages name that folder (`Content/directory`).
    public let displayRoot: String
    /// The day of the build: later dates are errors, older ones than `staleAfterDays` warnings.
    public let today: Day
    /// Days after which a record counts as stale.
    public let staleAfterDays: Int

    /// Creates a loader.
    public init(folder: URL, displayRoot: String, today: Day, staleAfterDays: Int) {
        self.folder = folder
        self.displayRoot = displayRoot
        self.today = today
        self.staleAfterDays = staleAfterDays
    }

    /// Every record, or every problem found in them; warnings come back with the directory.
    public func load() throws(DiagnosticsError) -> (Directory, [Diagnostic]) {
        var records: [DirectoryRecord] = []
        var diagnostics: [Diagnostic] = []
        var files: [(category: DirectoryRecord.Category, folder: String, name: String)] = []
        for category in DirectoryRecord.Category.allCases {
            let subfolder = folder.appendingPathComponent(category.folder)
            // A linked folder would bring in records from outside the content folder.
            if FileTree.kind(atPath: subfolder.path) == .symbolicLink {
                diagnostics.append(Diagnostic(at: SourceLocation(file: displayRoot + "/" + category.folder, line: 0, column: 0), SourceTextProblem.symbolicLink))
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: subfolder.path)) ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            files += names.map { (category, subfolder.path, $0) }
        }
        // Records are read and decoded on every core; results keep the files' order, so messages do too.
        let decoded = ConcurrentMap.map(files.map { RecordFile(category: $0.category, folder: $0.folder, name: $0.name) }) { file -> (DirectoryRecord?, [Diagnostic]) in
            let path = displayRoot + "/" + file.category.folder + "/" + file.name
            let fileName = String(file.name.prefix { $0 != "." })
            do throws(DiagnosticsError) {
                let text = try SourceText.read(atPath: file.folder + "/" + file.name, displayPath: path)
                return decode(text, category: file.category, path: path, fileName: fileName)
            } catch {
                return (nil, error.diagnostics)
            }
        }
        for (record, problems) in decoded {
            diagnostics += problems
            if let record { records.append(record) }
        }
        diagnostics += crossChecks(records)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        return (Directory(records: records), diagnostics)
    }

    /// One record file's text decoded on its own (no cross-checks): the record when it has no errors,
    /// and every problem found. `fileName` is the name without `.yaml`, which the id must equal.
    public func decode(_ text: String, category: DirectoryRecord.Category, path: String, fileName: String) -> (DirectoryRecord?, [Diagnostic]) {
        do {
            guard let node = try YAMLDocument.parse(text, file: path) else {
                return (nil, [Diagnostic(at: SourceLocation(file: path), YAMLProblem.missingKey("id"))])
            }
            return RecordDecoder(category: category, path: path, fileName: fileName, today: today).decode(node)
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// Duplicate ids, unknown organisations and stale records.
    func crossChecks(_ records: [DirectoryRecord]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: DirectoryRecord] = [:]
        for record in records {
            let key = record.category.rawValue + ":" + record.id
            if let other = seen[key] {
                diagnostics.append(Diagnostic(at: record.location(of: "id"), DirectoryProblem.duplicateId(record.id, other: other.location.file)))
            } else {
                seen[key] = record
            }
        }
        let organizations = Dictionary(records.filter { $0.category == .organization }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for record in records {
            if let id = record.organization {
                if let organization = organizations[id] {
                    if organization.example && !record.example {
                        diagnostics.append(Diagnostic(at: record.location(of: "organization"), DirectoryProblem.sampleOrganization(id)))
                    }
                } else {
                    diagnostics.append(Diagnostic(at: record.location(of: "organization"), DirectoryProblem.unknownOrganization(id)))
                }
            }
            let age = today.daysSince(record.lastVerified)
            if age > staleAfterDays {
                diagnostics.append(Diagnostic(.warning, at: record.location(of: "last_verified"), DirectoryProblem.stale(days: age, limit: staleAfterDays)))
            }
        }
        return diagnostics
    }
}

/// One record file to read: its category and where it is.
private struct RecordFile: Sendable {
    let category: DirectoryRecord.Category
    let folder: String
    let name: String
}
