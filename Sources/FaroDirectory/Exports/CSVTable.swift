import Foundation

/// A table written as RFC 4180 CSV: UTF-8 without a byte-order mark, a header row, CRLF after every row,
/// and a field quoted when it holds a comma, a double quote, CR or LF (quotes inside doubled).
///
/// Written by hand: SwiftCSV 0.10.0 only parses (its serializer ends rows with LF and leaves fields with
/// line breaks unquoted), and CSV.swift 2.5.2's `CSVWriter`, though correct, would be a new dependency
/// for thirty lines; neither guards against spreadsheet formulas, which `CSVInjectionGuard` does here.
struct CSVTable {
    /// Column names, in order.
    let header: [String]
    /// Rows, each with one cell per column.
    private(set) var rows: [[String]] = []

    /// Creates an empty table with its header.
    init(header: [String]) {
        self.header = header
    }

    /// Appends a row; it must have one cell per column.
    mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "row has \(row.count) cells for \(header.count) columns")
        rows.append(row)
    }

    /// The CSV bytes; every cell, header included, passes through `CSVInjectionGuard` first.
    var data: Data {
        var text = ""
        for row in [header] + rows {
            text += row.map { Self.field(CSVInjectionGuard.neutralise($0)) }.joined(separator: ",")
            text += "\r\n"
        }
        return Data(text.utf8)
    }

    /// One field, quoted when RFC 4180 requires it.
    static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
