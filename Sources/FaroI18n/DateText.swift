import FaroCore
import Foundation

/// Writes dates the way each language writes them (`14 de enero de 2021`, `January 14, 2021`).
public enum DateText {
    /// The long form of a day in a language; the day is taken in UTC so no time zone can shift it.
    public static func long(_ day: Day, language: String) -> String {
        var components = DateComponents()
        components.year = day.year
        components.month = day.month
        components.day = day.day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components) else { return day.description }
        var style = Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: language), calendar: calendar, timeZone: calendar.timeZone)
        style.calendar = calendar
        return date.formatted(style)
    }
}
