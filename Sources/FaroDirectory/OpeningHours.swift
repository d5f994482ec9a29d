/// Opening hours in the OpenStreetMap `opening_hours` syntax, the subset that shelters need:
/// `24/7`, `Mo-Fr 09:00-17:00; Sa 09:00-13:00`, `Mo,We 10:00-12:00,16:00-18:00`, `Su off`, `PH off`.
///
/// Written by hand: no listed Swift package reads this syntax; the full grammar (months, weeks,
/// sunrise, comments) is larger than directory records need, and anything else is rejected clearly.
public struct OpeningHours: Hashable, Sendable {
    /// Days of the week, Monday first, as OpenStreetMap abbreviates them.
    public enum Weekday: String, CaseIterable, Sendable, Comparable {
        case mo = "Mo", tu = "Tu", we = "We", th = "Th", fr = "Fr", sa = "Sa", su = "Su"

        /// Zero-based position from Monday.
        public var index: Int { Self.allCases.firstIndex(of: self)! }

        public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
    }

    /// A span of time in one day, in minutes from midnight (`closes` may be 1440 for 24:00).
    public struct Span: Hashable, Sendable {
        public let opens: Int
        public let closes: Int

        /// `09:00`.
        public static func clock(_ minutes: Int) -> String {
            let hours = String(minutes / 60), rest = String(minutes % 60)
            return (hours.count == 1 ? "0" + hours : hours) + ":" + (rest.count == 1 ? "0" + rest : rest)
        }
    }

    /// One `;`-separated rule: which days, and either spans or closed.
    public struct Rule: Hashable, Sendable {
        /// Weekdays the rule covers, in order (every day when the rule names none); may be empty for a `PH` rule.
        public let days: [Weekday]
        /// Whether the rule is for public holidays (`PH`).
        public let publicHolidays: Bool
        /// Open spans; empty means closed (`off`).
        public let spans: [Span]
    }

    /// The rules, in the order written.
    public let rules: [Rule]
    /// The text as written.
    public let text: String

    /// Whether the place never closes.
    public var isAlwaysOpen: Bool {
        rules.count == 1 && rules[0].spans == [Span(opens: 0, closes: 1440)] && Set(rules[0].days) == Set(Weekday.allCases)
    }

    /// Parses `text`; throws a reason a person can act on.
    public init(_ text: String) throws(OpeningHoursError) {
        self.text = text
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "24/7" {
            rules = [Rule(days: Weekday.allCases, publicHolidays: false, spans: [Span(opens: 0, closes: 1440)])]
            return
        }
        var rules: [Rule] = []
        for part in trimmed.split(separator: ";") {
            let rule = part.trimmingCharacters(in: .whitespaces)
            guard !rule.isEmpty else { continue }
            rules.append(try Self.parseRule(rule))
        }
        guard !rules.isEmpty else { throw .empty }
        self.rules = rules
    }

    static func parseRule(_ rule: String) throws(OpeningHoursError) -> Rule {
        var words = rule.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var days: [Weekday] = []
        var holidays = false
        if let first = words.first, first.first?.isLetter == true, first != "off" {
            for item in first.split(separator: ",") {
                if item == "PH" { holidays = true; continue }
                let ends = item.split(separator: "-").map(String.init)
                guard (1...2).contains(ends.count), let start = Weekday(rawValue: ends[0]), let end = Weekday(rawValue: ends.last!) else {
                    throw .unknownDay(String(item))
                }
                if start <= end {
                    days += Weekday.allCases[start.index...end.index]
                } else {
                    days += Weekday.allCases[start.index...] + Weekday.allCases[...end.index]
                }
            }
            words.removeFirst()
        } else {
            days = Weekday.allCases
        }
        guard words.count == 1 else { throw words.isEmpty ? .missingTimes(rule) : .unexpected(words.dropFirst().joined(separator: " ")) }
        if words[0] == "off" || words[0] == "closed" {
            return Rule(days: days, publicHolidays: holidays, spans: [])
        }
        var spans: [Span] = []
        for range in words[0].split(separator: ",") {
            let ends = range.split(separator: "-")
            guard ends.count == 2, let opens = minutes(ends[0]), let closes = minutes(ends[1]), opens < closes || closes == 0 else {
                throw .badTimeRange(String(range))
            }
            spans.append(Span(opens: opens, closes: closes == 0 ? 1440 : closes))
        }
        return Rule(days: days, publicHolidays: holidays, spans: spans)
    }

    /// `09:30` → 570; accepts `24:00`.
    static func minutes(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...24).contains(hours), (0..<60).contains(minutes), hours < 24 || minutes == 0 else { return nil }
        return hours * 60 + minutes
    }
}

/// Why an `opening_hours` value could not be read.
public enum OpeningHoursError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing was written.
    case empty
    /// A day that is not `Mo`, `Tu`, `We`, `Th`, `Fr`, `Sa`, `Su` or `PH`.
    case unknownDay(String)
    /// Days with no times.
    case missingTimes(String)
    /// A time range that is not `HH:MM-HH:MM`.
    case badTimeRange(String)
    /// Extra words.
    case unexpected(String)

    public var description: String {
        switch self {
        case .empty: return "no opening hours given"
        case .unknownDay(let day): return "'\(day)' is not a day: use Mo, Tu, We, Th, Fr, Sa, Su or PH (for example Mo-Fr 09:00-17:00)"
        case .missingTimes(let rule): return "'\(rule)' has no times (for example Mo-Fr 09:00-17:00, or 'off')"
        case .badTimeRange(let range): return "'\(range)' is not a time range such as 09:00-17:00"
        case .unexpected(let words): return "unexpected '\(words)'; separate rules with ';'"
        }
    }
}

import Foundation
