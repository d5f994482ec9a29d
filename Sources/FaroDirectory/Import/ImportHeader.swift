import FaroCore
import FaroYAML

/// The header row of a spreadsheet: which column each cell names, checked before any row is read.
struct ImportHeader {
    /// Header cells as written, trimmed.
    let names: [String]
    /// Zero-based position of each recognised column.
    let positions: [ImportColumn: Int]
    /// Missing required columns and duplicates (errors), unknown columns (warnings).
    let diagnostics: [Diagnostic]

    /// Matches each header cell of `row` to a column.
    init(_ row: CSVSheet.Row, file: String) {
        names = row.cells.map(ImportCell.trimmed)
        var positions: [ImportColumn: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, name) in names.enumerated() where !name.isEmpty {
            let location = SourceLocation(file: file, line: row.number, column: index + 1)
            guard let column = ImportColumn.named(name) else {
                diagnostics.append(Diagnostic(.warning, at: location, ImportProblem.unknownColumn(name, suggestion: Self.suggestion(for: name))))
                continue
            }
            if let first = positions[column] {
                diagnostics.append(Diagnostic(at: location, ImportProblem.duplicateColumn(column: name, first: names[first])))
            } else {
                positions[column] = index
            }
        }
        for column in ImportColumn.required where positions[column] == nil {
            diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: row.number, column: 1), ImportProblem.missingColumn(column)))
        }
        self.positions = positions
        self.diagnostics = diagnostics
    }

    /// Whether rows can be read: every required column is there, once.
    var isUsable: Bool { !diagnostics.contains { $0.severity == .error } }

    /// The header as the file writes it, for messages (`Teléfono`), or the suggested name when absent.
    func name(of column: ImportColumn) -> String {
        positions[column].map { names[$0] } ?? column.suggestedHeader
    }

    /// The known column a misspelt header most likely meant (`telfono` → phone).
    static func suggestion(for header: String) -> ImportColumn? {
        let all = ImportColumn.allCases.flatMap { column in column.headers.map { (ImportColumn.normalized($0), column) } }
        let closest = KeySuggestion.closest(to: ImportColumn.normalized(header), among: all.map(\.0), maxDistance: header.count <= 4 ? 1 : 2)
        return all.first { $0.0 == closest }?.1
    }
}
