import FaroDirectory
import Testing

@Suite struct OpeningHoursTests {
    @Test func reads_day_ranges_lists_times_and_closed_days() throws {
        let hours = try OpeningHours("Mo-Fr 09:00-13:00,15:00-18:00; Sa 10:00-12:00; Su,PH off")
        #expect(hours.rules.count == 3)
        #expect(hours.rules[0].days == [.mo, .tu, .we, .th, .fr])
        #expect(hours.rules[0].spans.map(\.opens) == [540, 900])
        #expect(hours.rules[2].spans.isEmpty)
        #expect(hours.rules[2].publicHolidays)
    }

    @Test func knows_when_a_place_never_closes() throws {
        #expect(try OpeningHours("24/7").isAlwaysOpen)
        #expect(try OpeningHours("Mo-Su 00:00-24:00").isAlwaysOpen)
        #expect(try !OpeningHours("Mo-Sa 00:00-24:00").isAlwaysOpen)
    }

    @Test func a_range_can_wrap_around_the_week() throws {
        #expect(try OpeningHours("Fr-Mo 10:00-14:00").rules[0].days == [.fr, .sa, .su, .mo])
    }

    @Test func rejects_what_it_cannot_read_with_a_reason() {
        #expect(throws: OpeningHoursError.unknownDay("Lu-Vi")) { try OpeningHours("Lu-Vi 09:00-17:00") }
        #expect(throws: OpeningHoursError.badTimeRange("9-17")) { try OpeningHours("Mo-Fr 9-17") }
        #expect(throws: OpeningHoursError.badTimeRange("09:00-25:00")) { try OpeningHours("Mo 09:00-25:00") }
        #expect(throws: OpeningHoursError.missingTimes("Mo-Fr")) { try OpeningHours("Mo-Fr") }
        #expect(throws: OpeningHoursError.empty) { try OpeningHours(" ") }
    }
}
