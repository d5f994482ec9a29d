/// A phone number as people write it (`(664) 000-0101`, `+52 1 664 000 0101`, `00 52 664…`), normalised to E.164.
///
/// Written by hand: no listed package parses phone numbers; the rules needed here are Mexico's
/// ten-digit national numbers (with the retired mobile `1` after `+52`) and E.164 for the rest.
public struct PhoneNumber: Hashable, Sendable {
    /// `+526640000101`.
    public let e164: String

    /// Parses a written number; nil when it is not a valid Mexican or international number.
    public init?(_ written: String) {
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty,
              trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || " +-().\u{2009}/".contains($0)) }) else { return nil }
        var digits = trimmed.filter(\.isNumber)
        let international = trimmed.hasPrefix("+") || digits.hasPrefix("00")
        if digits.hasPrefix("00") { digits.removeFirst(2) }
        if international {
            if digits.hasPrefix("521"), digits.count == 13 { digits = "52" + digits.dropFirst(3) }
            if digits.hasPrefix("52") && digits.count != 12 { return nil }
            guard (8...15).contains(digits.count), digits.first != "0" else { return nil }
            e164 = "+" + digits
        } else {
            guard digits.count == 10, digits.first != "0" else { return nil }
            e164 = "+52" + digits
        }
    }

    /// Whether the number is Mexican.
    public var isMexican: Bool { e164.hasPrefix("+52") }

    /// Digits only, as `wa.me` links want them.
    public var digits: String { String(e164.dropFirst()) }

    /// Grouped for reading aloud: `+52 664 000 0101` for Mexico, the E.164 form otherwise.
    public var display: String {
        guard isMexican else { return e164 }
        let national = Array(e164.dropFirst(3))
        let areaLength = ["55", "33", "81"].contains(String(national.prefix(2))) ? 2 : 3
        let area = String(national.prefix(areaLength))
        let rest = Array(national.dropFirst(areaLength))
        let split = rest.count - 4
        return "+52 \(area) \(String(rest.prefix(split))) \(String(rest.suffix(4)))"
    }
}

import Foundation
