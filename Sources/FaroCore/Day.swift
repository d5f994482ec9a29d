import Foundation

/// A calendar date with no time or zone (`2021-01-14`), so builds never depend on the clock or time zone.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Year, month (1–12) and day (1–31).
    public let year: Int, month: Int, day: Int

    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as `2021-02-30`.
    public init?(iso text: String) {
        // Exactly `YYYY-MM-DD` in ASCII digits, read as bytes: every dated page and record comes through here.
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y) else { return nil }
        year = y; month = m; day = d
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n); return s.utf8.count >= width ? s : String(repeating: "0", count: width - s.utf8.count) + s
        }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days from the civil calendar's epoch, for differences between days.
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Whole days from `earlier` to this day.
    public func daysSince(_ earlier: Day) -> Int { ordinal - earlier.ordinal }

    /// Today in UTC, from the system clock.
    public static func today() -> Day {
        let seconds = Int(Date().timeIntervalSince1970)
        return Day(ordinal: seconds / 86_400)
    }

    /// The day a number of days from 1970-01-01.
    public init(ordinal: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
