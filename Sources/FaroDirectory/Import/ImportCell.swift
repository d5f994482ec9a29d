/// How the text of one spreadsheet cell is cleaned and split before it is read as a value.
enum ImportCell {
    /// Spaces, tabs, no-break and thin spaces, and line breaks, which spreadsheets leave around values.
    static func isBlank(_ character: Character) -> Bool {
        character.isWhitespace || character == "\u{FEFF}"
    }

    /// The cell without leading or trailing blanks, inner line breaks kept.
    static func trimmed(_ cell: String) -> String {
        var text = Substring(cell)
        while let first = text.first, isBlank(first) { text.removeFirst() }
        while let last = text.last, isBlank(last) { text.removeLast() }
        return String(text)
    }

    /// Every kind of space as a plain space, runs of them as one: `664 123 4567` with no-break spaces reads as typed.
    static func plainSpaces(_ text: String) -> String {
        var result = ""
        for character in text {
            if isBlank(character) {
                if !result.hasSuffix(" ") { result.append(" ") }
            } else {
                result.append(character)
            }
        }
        return trimmed(result)
    }

    /// A list cell split on `,`, `;` and line breaks, each item trimmed, empty items left out.
    static func list(_ cell: String) -> [String] {
        cell.split { $0 == "," || $0 == ";" || $0.isNewline }.map { trimmed(String($0)) }.filter { !$0.isEmpty }
    }
}
