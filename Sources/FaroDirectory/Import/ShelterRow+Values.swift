import FaroCore
import Foundation

/// Cells that hold one value each: state, dates, coordinates, lists, and contact addresses.
extension ShelterRow {
    /// A state by name or common abbreviation (`CDMX`, `Edomex`, `NL`).
    mutating func state(_ text: String) -> MexicanState? {
        guard let name = ImportTerms.value(for: text, as: .state), let state = MexicanState.named(name) else {
            report(.unknownState(column: self.name(.state), value: text), at: .state)
            return nil
        }
        return state
    }

    /// `2026-11-29` or `29/11/2026` (also `29-11-2026`, `29.11.2026`, one-digit day or month, and a time after the date).
    mutating func verificationDay(_ text: String, today: Day) -> Day? {
        guard let day = Self.day(text) else {
            report(.invalidDate(column: name(.lastVerified), value: text), at: .lastVerified)
            return nil
        }
        guard day <= today else {
            report(.futureDate(column: name(.lastVerified), value: text, day: day, today: today), at: .lastVerified)
            return nil
        }
        return day
    }

    /// The date in `text`, or nil.
    static func day(_ text: String) -> Day? {
        let date = String(text.prefix { $0 != " " && $0 != "T" })
        if let day = Day(iso: date) { return day }
        let parts = date.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4 else { return nil }
        func pad(_ part: String) -> String { part.count == 1 ? "0" + part : part }
        return Day(iso: parts[2] + "-" + pad(parts[1]) + "-" + pad(parts[0]))
    }

    /// The id of an existing organisation named by id or name.
    mutating func organizationID(_ text: String, _ organizations: OrganizationIndex) -> String? {
        if let id = organizations.id(for: text) { return id }
        report(.unknownOrganization(column: name(.organization), value: text, suggestion: organizations.suggestion(for: text)), at: .organization)
        return nil
    }

    /// Latitude and longitude from their own columns, or from one `lat, lon` cell.
    mutating func coordinates() -> Coordinates? {
        var lat: Double?, lon: Double?
        var latColumn = ImportColumn.latitude
        if let pair = cell(.coordinates) {
            let parts = pair.split { $0 == "," || $0 == ";" || $0 == " " }
            guard parts.count == 2, let first = Self.degrees(String(parts[0])), let second = Self.degrees(String(parts[1])) else {
                report(.invalidCoordinate(column: name(.coordinates), value: pair), at: .coordinates)
                return nil
            }
            lat = first
            lon = second
            latColumn = .coordinates
        } else {
            lat = cell(.latitude).flatMap { degrees($0, .latitude) }
            lon = cell(.longitude).flatMap { degrees($0, .longitude) }
            if cell(.latitude) != nil, cell(.longitude) == nil {
                report(.incompleteCoordinates(column: name(.latitude), missing: name(.longitude)), at: .longitude)
            } else if cell(.longitude) != nil, cell(.latitude) == nil {
                report(.incompleteCoordinates(column: name(.longitude), missing: name(.latitude)), at: .latitude)
            }
        }
        guard let lat, let lon else { return nil }
        let point = Coordinates(lat: lat, lon: lon)
        guard point.isInMexico else {
            report(.outsideMexico(column: name(latColumn), lat: lat, lon: lon), at: latColumn)
            return nil
        }
        return point
    }

    /// A coordinate cell as degrees, or nil with a problem.
    mutating func degrees(_ text: String, _ column: ImportColumn) -> Double? {
        guard let value = Self.degrees(text) else {
            report(.invalidCoordinate(column: name(column), value: text), at: column)
            return nil
        }
        return value
    }

    /// `32.53`, `-117.04`, or with a decimal comma (`32,53`); nothing else (no degree signs or minutes).
    static func degrees(_ text: String) -> Double? {
        var number = ImportCell.trimmed(text)
        if !number.contains("."), number.filter({ $0 == "," }).count == 1 { number = number.replacingOccurrences(of: ",", with: ".") }
        var digits = Substring(number)
        if digits.first == "-" || digits.first == "+" { digits.removeFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return Double(number)
    }

    /// A list cell's words as values of `kind`, without repeats; unknown words are problems.
    mutating func terms(_ column: ImportColumn, _ kind: ImportTerms.Kind) -> [String] {
        guard let text = cell(column) else { return [] }
        var values: [String] = []
        for word in ImportCell.list(text) {
            if let value = ImportTerms.value(for: word, as: kind) {
                if !values.contains(value) { values.append(value) }
            } else {
                report(.unknownTerm(column: name(column), value: word, kind: kind, suggestion: ImportTerms.suggestion(for: word, as: kind)), at: column)
            }
        }
        if kind == .cost, values.count > 1 {
            report(.unknownTerm(column: name(column), value: text, kind: kind, suggestion: nil), at: column)
        }
        return values
    }

    /// One email address; a `mailto:` in front is dropped.
    mutating func email(_ text: String) -> String? {
        let email = text.lowercased().hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(where: ImportCell.isBlank) else {
            report(.invalidEmail(column: name(.email), value: text), at: .email)
            return nil
        }
        return email
    }

    /// A web address; `https://` is added to one written without a scheme (`www.ejemplo.org`).
    mutating func website(_ text: String) -> String? {
        let lower = text.lowercased()
        let address = lower.hasPrefix("https://") || lower.hasPrefix("http://") ? text : "https://" + text
        let host = address.split(separator: "/").dropFirst().first ?? ""
        guard host.contains("."), !host.hasPrefix("."), !address.contains(where: ImportCell.isBlank), !host.contains("@") else {
            report(.invalidWebsite(column: name(.website), value: text), at: .website)
            return nil
        }
        return address
    }

    /// Opening hours in Spanish or OpenStreetMap form.
    mutating func hours(_ text: String) -> OpeningHours? {
        do {
            return try HoursCell.openingHours(text)
        } catch {
            report(.invalidHours(column: name(.hours), value: text, reason: error), at: .hours)
            return nil
        }
    }

    /// A whole number, alone or followed by a word (`40`, `40 camas`).
    mutating func capacity(_ text: String) -> Int? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = text.dropFirst(digits.count)
        guard let number = Int(digits), rest.allSatisfy({ $0.isLetter || $0 == " " }) else {
            report(.invalidNumber(column: name(.capacity), value: text), at: .capacity)
            return nil
        }
        return number
    }
}
