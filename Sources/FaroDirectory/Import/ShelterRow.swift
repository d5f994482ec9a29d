import FaroCore

/// Reads one spreadsheet row into a `ShelterDraft`, reporting every problem in it at its row and column,
/// so that one pass over a row tells the user everything to fix in it.
struct ShelterRow {
    /// The row as read.
    let row: CSVSheet.Row
    /// The file's header.
    let header: ImportHeader
    /// The file, as messages name it.
    let file: String
    /// Problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// Prepares to read `row`.
    init(_ row: CSVSheet.Row, header: ImportHeader, file: String) {
        self.row = row
        self.header = header
        self.file = file
    }

    /// Whether every cell is empty, as the blank rows spreadsheets leave at the end.
    var isBlank: Bool { row.cells.allSatisfy { ImportCell.trimmed($0).isEmpty } }

    /// The trimmed cell of a column; nil when the file has no such column or the cell is empty.
    func cell(_ column: ImportColumn) -> String? {
        guard let index = header.positions[column], index < row.cells.count else { return nil }
        let text = ImportCell.trimmed(row.cells[index])
        return text.isEmpty ? nil : text
    }

    /// The header of a column as the file writes it.
    func name(_ column: ImportColumn) -> String { header.name(of: column) }

    /// Records a problem at the cell of `column` (at the row's first cell when the column is absent).
    mutating func report(_ problem: ImportProblem, at column: ImportColumn?, severity: Severity = .error) {
        let position = column.flatMap { header.positions[$0] }.map { $0 + 1 } ?? 1
        diagnostics.append(Diagnostic(severity, at: location(column: position), problem))
    }

    /// The location of a 1-based column of this row.
    func location(column: Int) -> SourceLocation {
        SourceLocation(file: file, line: row.number, column: column)
    }

    /// Whether an error was found in the row.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The row's values, or nil with `diagnostics` saying why; `organizations` resolves the organisation cell.
    mutating func draft(today: Day, organizations: OrganizationIndex) -> ShelterDraft? {
        if let column = row.textAfterQuote {
            let name = column <= header.names.count ? header.names[column - 1] : "column \(column)"
            diagnostics.append(Diagnostic(at: location(column: column), ImportProblem.textAfterQuote(column: name)))
        }
        let extra = row.cells.dropFirst(header.names.count)
        if extra.contains(where: { !ImportCell.trimmed($0).isEmpty }) {
            let count = row.cells.lastIndex { !ImportCell.trimmed($0).isEmpty }! + 1
            diagnostics.append(Diagnostic(at: location(column: header.names.count + 1), ImportProblem.tooManyCells(count: count, columns: header.names.count)))
        }
        let name = required(.name).map(ImportCell.plainSpaces)
        let state = required(.state).flatMap { self.state($0) }
        let city = required(.city).map(ImportCell.plainSpaces)
        let lastVerified = required(.lastVerified).flatMap { verificationDay($0, today: today) }
        let source = required(.source)
        let id = identifier(placeName: name, city: city)
        let organization = cell(.organization).flatMap { organizationID($0, organizations) }
        let coordinates = self.coordinates()
        let phones = phones(.phone, kind: "voice") + phones(.whatsapp, kind: "whatsapp") + phones(.sms, kind: "sms")
        let email = cell(.email).flatMap { self.email($0) }
        let website = cell(.website).flatMap { self.website($0) }
        let services = terms(.services, .service)
        let populations = terms(.populations, .population)
        let languages = terms(.languages, .language)
        let cost = terms(.cost, .cost)
        let hours = cell(.hours).flatMap { self.hours($0) }
        let capacity = cell(.capacity).flatMap { self.capacity($0) }
        guard !hasErrors, let id, let name, let state, let city, let lastVerified, let source else { return nil }

        var draft = ShelterDraft(row: row.number, id: id, name: name, state: state, city: city, lastVerified: lastVerified, source: source)
        draft.organization = organization
        draft.address = cell(.address).map(ImportCell.plainSpaces)
        draft.coordinates = coordinates
        draft.phones = phones
        draft.email = email
        draft.website = website
        draft.services = services
        draft.populations = populations
        draft.languages = languages
        draft.cost = cost.first
        draft.hours = hours
        draft.capacity = capacity
        draft.requirements = texts(spanish: .requirements, english: .requirementsEnglish)
        draft.description = texts(spanish: .description, english: .descriptionEnglish)
        return draft
    }

    /// A required cell, or nil with a problem.
    mutating func required(_ column: ImportColumn) -> String? {
        guard let text = cell(column) else {
            report(.missingValue(column: name(column)), at: column)
            return nil
        }
        return text
    }

    /// The `id` cell when it is a valid id, else name and city as a slug (`Casa Norte`, `Tijuana` → `casa-norte-tijuana`),
    /// leaving out the city when the name already ends with it.
    mutating func identifier(placeName: String?, city: String?) -> String? {
        if let written = cell(.id) {
            guard Slug.isValid(written) else {
                report(.invalidID(column: name(.id), value: written), at: .id)
                return nil
            }
            return written
        }
        guard let placeName, let city else { return nil }
        let nameSlug = Slug.make(placeName), citySlug = Slug.make(city)
        let id = nameSlug.hasSuffix(citySlug) ? nameSlug : nameSlug + "-" + citySlug
        guard Slug.isValid(id), !nameSlug.isEmpty else {
            report(.missingValue(column: name(.id)), at: .id)
            return nil
        }
        return id
    }

    /// A Spanish cell and its English counterpart, keyed by language code.
    func texts(spanish: ImportColumn, english: ImportColumn) -> [String: String] {
        var texts: [String: String] = [:]
        texts["es"] = cell(spanish)
        texts["en"] = cell(english)
        return texts
    }
}
