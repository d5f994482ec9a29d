import Testing
import FaroCore

@Suite struct DayTests {
    @Test func parsesAnISODate() throws {
        let day = try #require(Day(iso: "2021-01-14"))
        #expect(day.year == 2021)
        #expect(day.month == 1)
        #expect(day.day == 14)
    }

    @Test func printsAsISODate() throws {
        #expect(try #require(Day(iso: "0987-03-05")).description == "0987-03-05")
    }

    @Test(arguments: ["2024-02-29", "2000-02-29"])
    func acceptsFebruary29InALeapYear(_ text: String) {
        #expect(Day(iso: text) != nil)
    }

    @Test(arguments: ["2023-02-29", "1900-02-29"])
    func rejectsFebruary29OutsideALeapYear(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(arguments: ["2021-02-30", "2021-04-31", "2021-13-01", "2021-00-10", "2021-01-00", "2021-01-32"])
    func rejectsADateThatDoesNotExist(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(arguments: ["", "2021-1-14", "21-01-14", "2021/01/14", "2021-01-14T10:00", "2021-01", "2021-01-14-", "14-01-2021", "año-01-14"])
    func rejectsTextNotInTheFormYYYYMMDD(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(arguments: ["2021-+1-14", "2021-01-+9", "+021-01-14"])
    func rejectsASignInsideANumber(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func ordersByYearThenMonthThenDay() throws {
        let days = try ["2021-01-14", "2020-12-31", "2021-01-02"].map { try #require(Day(iso: $0)) }
        #expect(days.sorted().map(\.description) == ["2020-12-31", "2021-01-02", "2021-01-14"])
    }
}
