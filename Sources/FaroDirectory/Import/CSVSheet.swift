/// A spreadsheet export read into rows of cells: RFC 4180 quoting, `,`, `;` or tab as the separator
/// (whichever the header line uses most), CRLF, LF or CR line ends, and an optional UTF-8 byte-order mark.
///
/// Written by hand: of the two CSV packages available, SwiftCSV 0.10.0 and CSV.swift 2.5.2, both read BOM,
/// CRLF, `;` and quoted line breaks, but neither says where a file is malformed. With a quote that is never
/// closed, both put the rest of the file into one cell, so every later row disappears without a word;
/// after `"Casa" Norte`, CSV.swift silently does the same and SwiftCSV rejects the whole file without
/// naming a row. Here a quote that is never closed stops the import at its row and column, and text after a
/// closing quote is an error in its row only.
struct CSVSheet {
    /// One record of the file.
    struct Row: Equatable {
        /// The row as a spreadsheet numbers it: the header is row 1, whatever line breaks cells hold.
        let number: Int
        /// The cells, untrimmed, line breaks inside cells as `\n`.
        var cells: [String]
        /// The first column (1-based) whose closing quote is followed by more text, if any.
        var textAfterQuote: Int?
    }

    /// The separator found in the header line.
    let separator: Unicode.Scalar
    /// Every row, the header first.
    let rows: [Row]

    /// Reads `text`; throws when a quoted cell is never closed, naming the row and column where it opens.
    init(_ text: String) throws(UnclosedQuote) {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let separator = Self.detectSeparator(scalars)
        self.separator = separator
        var rows: [Row] = []
        var row = Row(number: 1, cells: [], textAfterQuote: nil)
        var cell = String.UnicodeScalarView()
        var state = State.cellStart
        var index = scalars.startIndex

        func endCell() {
            row.cells.append(String(cell))
            cell = String.UnicodeScalarView()
        }
        func endRow() {
            endCell()
            rows.append(row)
            row = Row(number: row.number + 1, cells: [], textAfterQuote: nil)
        }
        func markTextAfterQuote() {
            if row.textAfterQuote == nil { row.textAfterQuote = row.cells.count + 1 }
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            scalars.formIndex(after: &index)
            // A CR ends a line on its own, or together with the LF that follows it.
            let isLineEnd = scalar == "\n" || scalar == "\r"
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { scalars.formIndex(after: &index) }
            switch state {
            case .cellStart, .unquoted:
                if scalar == separator { endCell(); state = .cellStart }
                else if isLineEnd { endRow(); state = .cellStart }
                else if scalar == "\"", state == .cellStart || String(cell).allSatisfy({ $0 == " " }) {
                    cell = String.UnicodeScalarView()
                    state = .quoted(openedAt: row.cells.count + 1)
                } else { cell.append(scalar); state = .unquoted }
            case .quoted(let column):
                if scalar == "\"" { state = .quoteInQuoted(openedAt: column) }
                else { cell.append(isLineEnd ? "\n" : scalar) }
            case .quoteInQuoted(let column):
                if scalar == "\"" { cell.append(scalar); state = .quoted(openedAt: column) }
                else if scalar == separator { endCell(); state = .cellStart }
                else if isLineEnd { endRow(); state = .cellStart }
                else if scalar == " " { state = .afterQuote(spaces: 1) }
                else { markTextAfterQuote(); cell.append(scalar); state = .unquoted }
            case .afterQuote(let spaces):
                if scalar == separator { endCell(); state = .cellStart }
                else if isLineEnd { endRow(); state = .cellStart }
                else if scalar == " " { state = .afterQuote(spaces: spaces + 1) }
                else {
                    markTextAfterQuote()
                    cell.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
                    cell.append(scalar)
                    state = .unquoted
                }
            }
        }

        switch state {
        case .quoted(let column): throw UnclosedQuote(row: row.number, column: column)
        case .cellStart: if !row.cells.isEmpty { endRow() }
        case .unquoted, .quoteInQuoted, .afterQuote: endRow()
        }
        self.rows = rows
    }

    /// Where the reader is within a cell; quoted states remember the column whose quote opened, for messages.
    enum State: Equatable {
        /// Nothing read in the cell yet (or only spaces, which a quote may follow).
        case cellStart
        /// In a cell without quotes, where a `"` is text.
        case unquoted
        /// Inside quotes, where separators and line breaks are text.
        case quoted(openedAt: Int)
        /// Just after a `"` inside quotes: a second `"` is a quote, anything else closes the cell.
        case quoteInQuoted(openedAt: Int)
        /// After the closing quote and some spaces, which are kept only if text follows (an error).
        case afterQuote(spaces: Int)
    }

    /// A quoted cell that is never closed: everything after its opening quote is unreadable.
    struct UnclosedQuote: Error, Equatable {
        /// Spreadsheet row and column where the quote opens.
        let row: Int, column: Int
    }

    /// `;` or tab when the header line has more of it than of `,` outside quotes; `,` otherwise.
    static func detectSeparator(_ scalars: Substring.UnicodeScalarView) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        var quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            else if !quoted && (scalar == "\n" || scalar == "\r") { break }
            else if !quoted && (scalar == "," || scalar == ";" || scalar == "\t") { counts[scalar, default: 0] += 1 }
        }
        let best = counts.max { ($0.value, $0.key == "," ? 1 : 0) < ($1.value, $1.key == "," ? 1 : 0) }
        return best?.key ?? ","
    }
}
