import FaroCore
import Foundation

/// Phone cells as people fill them in: several numbers separated by `/`, `,`, `;`, ` o ` or line breaks,
/// with labels (`Cel. 664…`), the retired long-distance prefixes (`01`, `044`, `045`) and `+52 1`.
/// Extensions are refused: a record holds a number people can dial or message as it is.
extension ShelterRow {
    /// The numbers in a column, each with `kind`, without repeats.
    mutating func phones(_ column: ImportColumn, kind: String) -> [DirectoryRecord.Phone] {
        guard let text = cell(column) else { return [] }
        var phones: [DirectoryRecord.Phone] = []
        for written in Self.splitNumbers(text) {
            if Slug.make(written).contains("ext") {
                report(.phoneExtension(column: name(column), value: written), at: column)
                continue
            }
            guard let number = Self.number(written, labels: Self.labels[kind] ?? []) else {
                report(.invalidPhone(column: name(column), value: written), at: column)
                continue
            }
            let phone = DirectoryRecord.Phone(number: number, kind: kind)
            if !phones.contains(phone) { phones.append(phone) }
        }
        return phones
    }

    /// Words that may stand before a number of each kind (`Tel.`, `Cel:`), as slugs.
    static let labels: [String: Set<String>] = [
        "voice": ["tel", "telefono", "tel-fijo", "fijo", "cel", "celular", "movil", "oficina", "phone", "mobile", "office"],
        "whatsapp": ["whatsapp", "whats", "wa", "cel", "celular", "movil", "mobile"],
        "sms": ["sms", "cel", "celular", "movil", "mobile"],
    ]

    /// The separate numbers written in one cell.
    static func splitNumbers(_ text: String) -> [String] {
        var pieces = [ImportCell.plainSpaces(text.replacingOccurrences(of: "\n", with: "/"))]
        for separator in ["/", ",", ";", " o ", " O ", " ó ", " y "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        return pieces.map(ImportCell.trimmed).filter { !$0.isEmpty }
    }

    /// One written number, after an allowed label, as a `PhoneNumber`.
    static func number(_ written: String, labels: Set<String>) -> PhoneNumber? {
        var text = Substring(written)
        let label = text.prefix { $0.isLetter || $0 == "." || $0 == ":" || $0 == " " || $0 == "-" }
        if !label.isEmpty, label.contains(where: \.isLetter) {
            guard labels.contains(Slug.make(String(label))) else { return nil }
            text = text.dropFirst(label.count)
        }
        var cleaned = ImportCell.trimmed(String(text))
        if !cleaned.hasPrefix("+") {
            let digits = cleaned.filter({ $0.isASCII && $0.isNumber })
            if digits.count == 12, digits.hasPrefix("01") { cleaned = String(digits.dropFirst(2)) }
            if digits.count == 13, digits.hasPrefix("044") || digits.hasPrefix("045") { cleaned = String(digits.dropFirst(3)) }
        }
        return PhoneNumber(cleaned)
    }
}
