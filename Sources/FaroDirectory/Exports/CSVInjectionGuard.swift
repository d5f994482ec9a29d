/// Keeps spreadsheet programs from running CSV cells as formulas (CSV injection): a cell that starts with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe, which spreadsheets read as "text".
///
/// Two kinds of cell are left alone because they cannot be formulas that do anything, and an apostrophe
/// would corrupt them for every program that reads the data rather than displays it:
/// - a plain decimal number (`-117.038`): longitudes in Mexico are all negative;
/// - E.164 phone numbers, alone or joined with `;` (`+526640000101;+526640000102`): the digits carry no
///   function name, cell reference or command, so the worst a spreadsheet can do is show them as a number.
/// Phones therefore keep their `+` in every export, the same as in JSON; the cost is that a spreadsheet
/// may display a lone number without its `+`, which is a display matter, not a security one.
enum CSVInjectionGuard {
    /// The cell as written to a CSV file.
    static func neutralise(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, triggers.contains(first) else { return cell }
        if isDecimalNumber(cell) || isPhoneList(cell) { return cell }
        return "'" + cell
    }

    /// First characters that make a spreadsheet read a cell as a formula (OWASP's list).
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `-117.038`, `+12`, `3`: an optional sign, digits, and at most one decimal point between digits.
    static func isDecimalNumber(_ cell: String) -> Bool {
        var rest = Substring(cell)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isDigit) }
    }

    /// `0` to `9` only: spreadsheets do not read other scripts' digits as numbers.
    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// `+526640000101` or several such numbers joined with `;`: `+` and 8 to 15 digits each.
    static func isPhoneList(_ cell: String) -> Bool {
        cell.split(separator: ";", omittingEmptySubsequences: false).allSatisfy { number in
            number.first == "+" && (8...15).contains(number.count - 1) && number.dropFirst().allSatisfy(isDigit)
        }
    }
}
