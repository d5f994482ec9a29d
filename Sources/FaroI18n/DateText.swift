import FaroCore
import Foundation
import Synchronization

/// Writes dates the way each language writes them (`14 de enero de 2021`, `January 14, 2021`).
public enum DateText {
    /// The long form of a day in a language; the day is taken in UTC so no time zone can shift it.
    ///
    /// `strings` may carry `months` (twelve names, comma-separated) and `date_pattern` (with `{day}`,
    /// `{month}`, `{year}`) for languages the system's locale data lacks, such as Haitian Creole.
    public static func long(_ day: Day, language: String, strings: [String: String] = [:]) -> String {
        if let months = strings["months"]?.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }),
           months.count == 12, let pattern = strings["date_pattern"] {
            return pattern.replacingOccurrences(of: "{day}", with: String(day.day))
                .replacingOccurrences(of: "{month}", with: months[day.month - 1])
                .replacingOccurrences(of: "{year}", with: String(day.year))
        }
        let key = FormattedDay(day: day, language: language)
        if let known = formatted.withLock({ $0[key] }) { return known }
        let text = systemLong(day, language: language)
        formatted.withLock { $0[key] = text }
        return text
    }

    /// A day in a language, as written by ICU through Foundation.
    private struct FormattedDay: Hashable {
        let day: Day
        let language: String
    }

    /// Days already written: a listing repeats the same few dates on every page, and a calendar and a
    /// format style cost far more to make than a dictionary lookup.
    private static let formatted = Mutex<[FormattedDay: String]>([:])

    private static func systemLong(_ day: Day, language: String) -> String {
        var components = DateComponents()
        components.year = day.year
        components.month = day.month
        components.day = day.day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components) else { return day.description }
        let style = Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: language), calendar: calendar, timeZone: calendar.timeZone)
        return date.formatted(style)
    }

    /// A decimal number with the language's separator (`1,4` in Spanish, `1.4` in English).
    public static func decimal(_ value: Double, digits: Int, language: String) -> String {
        value.formatted(FloatingPointFormatStyle<Double>(locale: Locale(identifier: language)).precision(.fractionLength(digits)))
    }

    /// A whole number with the language's digit grouping (`12 500`, `12,500`).
    public static func number(_ value: Int, language: String) -> String {
        value.formatted(IntegerFormatStyle<Int>(locale: Locale(identifier: language)))
    }
}
