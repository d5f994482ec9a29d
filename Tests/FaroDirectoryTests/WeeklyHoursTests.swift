@testable import FaroDirectory
import Testing

/// The regular week behind opening hours, as the HSDS schedules use it.
@Suite struct WeeklyHoursTests {
    func groups(_ text: String) throws -> [String] {
        WeeklyHours(try OpeningHours(text)).groups.map { group in
            group.days.map(\.rawValue).joined(separator: ",") + " "
                + group.spans.map { OpeningHours.Span.clock($0.opens) + "-" + OpeningHours.Span.clock($0.closes) }.joined(separator: ",")
        }
    }

    @Test func a_later_rule_replaces_an_earlier_one_for_its_days() throws {
        #expect(try groups("Mo-Su 09:00-17:00; Su off") == ["Mo,Tu,We,Th,Fr,Sa 09:00-17:00"])
    }

    @Test func days_with_the_same_hours_are_grouped_in_week_order() throws {
        #expect(try groups("Mo,We 10:00-12:00,16:00-18:00; Tu 09:00-13:00; Fr 10:00-12:00,16:00-18:00")
            == ["Mo,We,Fr 10:00-12:00,16:00-18:00", "Tu 09:00-13:00"])
    }

    @Test func holiday_rules_are_not_part_of_the_week() throws {
        #expect(try groups("Mo-Fr 09:00-17:00; PH off") == ["Mo,Tu,We,Th,Fr 09:00-17:00"])
    }
}
