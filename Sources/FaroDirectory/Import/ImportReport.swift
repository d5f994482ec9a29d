import FaroCore

/// What an import did, or would do under `--dry-run`, row by row, with every problem found.
public struct ImportReport: Sendable {
    /// What became of one row.
    public enum Outcome: Sendable, Equatable {
        /// A new record file was written.
        case created
        /// An existing record file was replaced (`--overwrite`).
        case replaced
        /// The record file already exists and was left as it was.
        case unchanged
        /// The row had errors; nothing was written for it.
        case skipped
    }

    /// One row's outcome.
    public struct Row: Sendable, Equatable {
        /// The spreadsheet row (the header is row 1).
        public var number: Int
        /// The record's id, when the row got that far.
        public var id: String?
        /// The record file, as messages name it.
        public var path: String?
        /// What happened.
        public var outcome: Outcome
    }

    /// Whether nothing was written.
    public var dryRun: Bool
    /// Rows in file order, blank rows left out.
    public var rows: [Row] = []
    /// Problems in file order: errors for skipped rows or the whole file, warnings otherwise.
    public var diagnostics: [Diagnostic] = []
    /// Rows with every cell empty, which spreadsheets leave behind; they hold no record.
    public var blankRows = 0

    /// Creates an empty report.
    public init(dryRun: Bool) {
        self.dryRun = dryRun
    }

    /// Rows written, new or replaced.
    public var imported: Int { rows.filter { $0.outcome == .created || $0.outcome == .replaced }.count }
    /// Rows not imported because of errors.
    public var skipped: Int { rows.filter { $0.outcome == .skipped }.count }
    /// Rows whose file exists and was kept.
    public var unchanged: Int { rows.filter { $0.outcome == .unchanged }.count }

    /// Whether the command should fail: an error in the file or in any row.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }

    /// One line per written, replaced or kept file (`wrote Content/directory/shelters/casa-norte.yaml (row 2)`).
    public var fileLines: [String] {
        rows.compactMap { row in
            guard let path = row.path else { return nil }
            switch row.outcome {
            case .created: return (dryRun ? "would write " : "wrote ") + "\(path) (row \(row.number))"
            case .replaced: return (dryRun ? "would replace " : "replaced ") + "\(path) (row \(row.number))"
            case .unchanged: return "kept \(path) (row \(row.number))"
            case .skipped: return nil
            }
        }
    }

    /// `imported 3, skipped 2 (errors), unchanged 1`, saying so when nothing was written.
    public var summary: String {
        var text = "imported \(imported), skipped \(skipped) (errors), unchanged \(unchanged)"
        if blankRows > 0 { text += "; \(blankRows) blank row\(blankRows == 1 ? "" : "s") ignored" }
        if dryRun { text += " (dry run: nothing was written)" }
        return text
    }
}
