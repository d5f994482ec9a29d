import FaroDirectory

/// Opening hours in words: `lunes a viernes 09:00–17:00; sábado 09:00–13:00`, or "open day and night".
struct HoursText {
    let labels: DirectoryLabels
    let language: String

    func describe(_ hours: OpeningHours) -> String {
        if hours.isAlwaysOpen { return labels.label("hours_always", language) }
        let names = labels.label("weekdays", language).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return hours.rules.map { rule in
            var days = rule.publicHolidays ? [labels.label("hours_holidays", language)] : []
            if !rule.days.isEmpty && !(rule.publicHolidays && rule.days.count == 7) {
                days.insert(dayRange(rule.days, names: names), at: 0)
            }
            let times = rule.spans.isEmpty ? labels.label("hours_closed", language)
                : rule.spans.map { OpeningHours.Span.clock($0.opens) + "–" + OpeningHours.Span.clock($0.closes) }.joined(separator: ", ")
            return (days.joined(separator: ", ") + " " + times).trimmingCharacters(in: .whitespaces)
        }.joined(separator: "; ")
    }

    /// `lunes–viernes` for a run of days, `lunes, miércoles` otherwise.
    func dayRange(_ days: [OpeningHours.Weekday], names: [String]) -> String {
        func name(_ day: OpeningHours.Weekday) -> String { names.count == 7 ? names[day.index] : day.rawValue }
        let indexes = days.map(\.index)
        if days.count > 2, indexes == Array(indexes[0]...indexes[0] + days.count - 1) {
            return name(days[0]) + "–" + name(days[days.count - 1])
        }
        return days.map(name).joined(separator: ", ")
    }
}

import Foundation
