@testable import FaroDirectory
import Testing

/// The spreadsheet reader: separators, quoting, line ends and byte-order marks as spreadsheet programs write them.
@Suite struct ImportCSVTests {
    @Test func reads_a_semicolon_file_with_bom_and_crlf() throws {
        let sheet = try CSVSheet("\u{FEFF}nombre;dirección;teléfono\r\nCasa Uno;Calle 1;664 123 4567\r\n")
        #expect(sheet.separator == ";")
        #expect(sheet.rows.map(\.cells) == [["nombre", "dirección", "teléfono"], ["Casa Uno", "Calle 1", "664 123 4567"]])
    }

    @Test func quoted_cells_keep_separators_line_breaks_and_doubled_quotes() throws {
        let sheet = try CSVSheet("a;b;c\r\n\"Casa; Uno\";\"Calle 1\r\nCol. Centro\";\"Dice \"\"hola\"\"\"\r\nx;y;z\r\n")
        #expect(sheet.rows[1].cells == ["Casa; Uno", "Calle 1\nCol. Centro", "Dice \"hola\""])
        #expect(sheet.rows[2].cells == ["x", "y", "z"])
    }

    @Test func numbers_rows_as_a_spreadsheet_does_whatever_line_breaks_cells_hold() throws {
        let sheet = try CSVSheet("a,b\n\"1\n2\n3\",x\n\ny,z\n")
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4])
        #expect(sheet.rows[2].cells == [""])
        #expect(sheet.rows[3].cells == ["y", "z"])
    }

    @Test func picks_the_separator_the_header_uses_most() throws {
        #expect(try CSVSheet("nombre,ciudad;estado,fuente\n").separator == ",")
        #expect(try CSVSheet("\"nombre, completo\";ciudad;estado\n").separator == ";")
        #expect(try CSVSheet("nombre\tciudad\n").separator == "\t")
    }

    @Test func keeps_a_trailing_empty_cell_and_needs_no_final_line_break() throws {
        let sheet = try CSVSheet("a,b,c\r\n1,2,")
        #expect(sheet.rows[1].cells == ["1", "2", ""])
    }

    @Test func a_quote_inside_an_unquoted_cell_is_text() throws {
        let sheet = try CSVSheet("a,b\nCalle 5 \"B\",2\n")
        #expect(sheet.rows[1].cells == ["Calle 5 \"B\"", "2"])
    }

    @Test func a_quote_that_is_never_closed_stops_at_its_row_and_column() {
        #expect(throws: CSVSheet.UnclosedQuote(row: 3, column: 2)) {
            try CSVSheet("a,b\n1,2\n3,\"cuatro\n5,6\n7,8\n")
        }
    }

    @Test func text_after_a_closing_quote_is_flagged_in_its_row_only() throws {
        let sheet = try CSVSheet("a,b\n\"Casa\" Norte,2\n3,4\n")
        #expect(sheet.rows[1].textAfterQuote == 1)
        #expect(sheet.rows[1].cells == ["Casa Norte", "2"])
        #expect(sheet.rows[2].cells == ["3", "4"])
        #expect(sheet.rows[2].textAfterQuote == nil)
    }
}
