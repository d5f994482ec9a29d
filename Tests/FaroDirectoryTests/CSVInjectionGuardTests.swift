@testable import FaroDirectory
import Testing

/// Cells that spreadsheets would run as formulas get an apostrophe; numbers and phone numbers do not.
@Suite struct CSVInjectionGuardTests {
    @Test(arguments: ["=1+1", "+SUM(A1)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1", "+52 664", "-", "+"])
    func a_cell_starting_with_a_formula_character_gets_an_apostrophe(cell: String) {
        #expect(CSVInjectionGuard.neutralise(cell) == "'" + cell)
    }

    @Test(arguments: ["-117.038", "32.5", "+12", "+526640000101", "+526640000101;+13055550100", "Casa Norte", "", "#loc +name"])
    func numbers_phone_numbers_and_plain_text_are_left_alone(cell: String) {
        #expect(CSVInjectionGuard.neutralise(cell) == cell)
    }

    @Test func a_phone_list_with_text_is_neutralised() {
        #expect(CSVInjectionGuard.neutralise("+526640000101;=cmd") == "'+526640000101;=cmd")
    }
}
