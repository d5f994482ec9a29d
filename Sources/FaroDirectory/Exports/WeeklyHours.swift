/// The regular week that opening hours describe: for each weekday, the spans of the last rule naming that
/// day, since in OpenStreetMap's syntax a later rule replaces earlier ones (`Mo-Su 09:00-17:00; Su off`
/// closes Sunday). Public-holiday rules (`PH off`) are not part of the week.
public struct WeeklyHours: Sendable {
    /// Open spans per weekday, Monday first; empty means closed.
    public let days: [[OpeningHours.Span]]

    /// The week of `hours`.
    public init(_ hours: OpeningHours) {
        var days = Array(repeating: [OpeningHours.Span](), count: 7)
        for rule in hours.rules {
            for day in rule.days { days[day.index] = rule.spans }
        }
        self.days = days
    }

    /// Days with the same spans grouped together, in the order of each group's first day; closed days left out.
    public var groups: [(days: [OpeningHours.Weekday], spans: [OpeningHours.Span])] {
        var groups: [(days: [OpeningHours.Weekday], spans: [OpeningHours.Span])] = []
        for day in OpeningHours.Weekday.allCases where !days[day.index].isEmpty {
            if let index = groups.firstIndex(where: { $0.spans == days[day.index] }) {
                groups[index].days.append(day)
            } else {
                groups.append(([day], days[day.index]))
            }
        }
        return groups
    }
}
