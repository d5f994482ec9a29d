import FaroCore
import FaroYAML
import Foundation

/// `faro import shelters`: turns a spreadsheet export into one record file per row under
/// `directory/shelters/`, each checked by the same decoder the build uses, so an imported file always builds.
public struct ShelterImport: Sendable {
    /// The content folder, with `directory/` inside.
    public let content: URL
    /// How messages name the content folder (`Content`).
    public let contentDisplayPath: String
    /// The day of the import: later verification dates are errors.
    public let today: Day
    /// Dry run, overwrite, example.
    public let options: ImportOptions

    /// Creates an import into `content`.
    public init(content: URL, contentDisplayPath: String, today: Day, options: ImportOptions = ImportOptions()) {
        self.content = content
        self.contentDisplayPath = contentDisplayPath
        self.today = today
        self.options = options
    }

    /// Imports the CSV file at `csv`; `displayPath` is how messages name it.
    public func run(csv: URL, displayPath: String) -> ImportReport {
        do {
            return run(text: try SourceText.read(csv, displayPath: displayPath, followingLinks: true), displayPath: displayPath)
        } catch {
            var report = ImportReport(dryRun: options.dryRun)
            report.diagnostics = error.diagnostics
            return report
        }
    }

    /// Imports CSV text; `displayPath` is how messages name its file.
    public func run(text: String, displayPath file: String) -> ImportReport {
        var report = ImportReport(dryRun: options.dryRun)
        let sheet: CSVSheet
        do {
            sheet = try CSVSheet(text)
        } catch {
            report.diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: error.row, column: error.column), ImportProblem.unclosedQuote))
            // Rows before the broken one were read but are not imported: the file must be fixed first.
            report.rows = stride(from: 2, through: error.row, by: 1).map { ImportReport.Row(number: $0, outcome: .skipped) }
            return report
        }
        guard let headerRow = sheet.rows.first else {
            report.diagnostics.append(Diagnostic(at: SourceLocation(file: file), ImportProblem.emptyFile))
            return report
        }
        let header = ImportHeader(headerRow, file: file)
        report.diagnostics += header.diagnostics
        let organizations = OrganizationIndex(directoryFolder: content.appendingPathComponent("directory"))
        var firstRowOfID: [String: Int] = [:]
        for row in sheet.rows.dropFirst() {
            var reader = ShelterRow(row, header: header, file: file)
            if reader.isBlank {
                report.blankRows += 1
                continue
            }
            guard header.isUsable else {
                report.rows.append(ImportReport.Row(number: row.number, outcome: .skipped))
                continue
            }
            let draft = reader.draft(today: today, organizations: organizations)
            if let draft, let first = firstRowOfID[draft.id] {
                reader.report(.duplicateID(draft.id, firstRow: first), at: reader.cell(.id) != nil ? .id : .name)
            }
            let rowDiagnostics = reader.diagnostics.sorted { $0.location < $1.location }
            guard var draft, !reader.hasErrors else {
                report.diagnostics += rowDiagnostics
                report.rows.append(ImportReport.Row(number: row.number, outcome: .skipped))
                continue
            }
            firstRowOfID[draft.id] = row.number
            draft.example = options.example
            report.diagnostics += rowDiagnostics
            let (outcome, diagnostics) = save(draft, reader: reader)
            report.diagnostics += diagnostics
            report.rows.append(ImportReport.Row(number: row.number, id: draft.id, path: outcome == .skipped ? nil : displayPath(of: draft), outcome: outcome))
        }
        return report
    }

    /// The folder records are written to.
    var sheltersFolder: URL {
        content.appendingPathComponent("directory").appendingPathComponent(DirectoryRecord.Category.shelter.folder)
    }

    /// `Content/directory/shelters/casa-norte.yaml`.
    func displayPath(of draft: ShelterDraft) -> String {
        contentDisplayPath + "/directory/" + DirectoryRecord.Category.shelter.folder + "/" + draft.id + ".yaml"
    }

    /// Checks the record as the build will read it, then writes it unless the same file is already there.
    func save(_ draft: ShelterDraft, reader: ShelterRow) -> (ImportReport.Outcome, [Diagnostic]) {
        let text = ShelterYAML.text(draft)
        let path = displayPath(of: draft)
        let problems = buildProblems(text, draft: draft, path: path, reader: reader)
        if problems.contains(where: { $0.severity == .error }) { return (.skipped, problems) }
        let url = sheltersFolder.appendingPathComponent(draft.id + ".yaml")
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if existing == text { return (.unchanged, problems) }
        if existing != nil && !options.overwrite {
            let warning = Diagnostic(.warning, at: reader.location(column: 1), ImportProblem.fileExists(path: path))
            return (.unchanged, problems + [warning])
        }
        if !options.dryRun {
            do {
                try FileManager.default.createDirectory(at: sheltersFolder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
            } catch {
                return (.skipped, problems + [Diagnostic(at: reader.location(column: 1), ImportProblem.unwritable(path: path, reason: error.localizedDescription))])
            }
        }
        return (existing == nil ? .created : .replaced, problems)
    }

    /// What the build's own `RecordDecoder` says about the written text, placed at the row and column it came from.
    func buildProblems(_ text: String, draft: ShelterDraft, path: String, reader: ShelterRow) -> [Diagnostic] {
        let context = ["in \(path), the record written for row \(draft.row), as 'faro build' reads it"]
        let found: [Diagnostic]
        do {
            guard let node = try YAMLDocument.parse(text, file: path) else { return [] }
            found = RecordDecoder(category: .shelter, path: path, fileName: draft.id, today: today).decode(node).1
        } catch {
            found = error.diagnostics
        }
        return found.map { diagnostic in
            let key = ShelterYAML.key(atLine: diagnostic.location.line, of: text)
            let column = key.flatMap { Self.columns[$0] }?.first { reader.header.positions[$0] != nil }
            let position = column.flatMap { reader.header.positions[$0] }.map { $0 + 1 } ?? 1
            return Diagnostic(diagnostic.severity, at: reader.location(column: position), diagnostic.problem, context: context + diagnostic.context)
        }
    }

    /// The columns each record key is written from.
    static let columns: [String: [ImportColumn]] = [
        "id": [.id, .name], "name": [.name], "organization": [.organization], "state": [.state], "city": [.city], "address": [.address],
        "location": [.coordinates, .latitude], "phones": [.phone, .whatsapp, .sms], "email": [.email], "website": [.website],
        "services": [.services], "populations": [.populations], "languages": [.languages], "hours": [.hours], "capacity": [.capacity],
        "cost": [.cost], "last_verified": [.lastVerified], "source": [.source], "requirements": [.requirements], "description": [.description],
    ]
}
