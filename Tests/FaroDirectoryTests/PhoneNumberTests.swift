import FaroDirectory
import Testing

@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("+52 664 000 0101", "+526640000101"),
        ("(664) 000-0101", "+526640000101"),
        ("664.000.0101", "+526640000101"),
        ("+52 1 664 000 0101", "+526640000101"),
        ("00 52 55 1234 5678", "+525512345678"),
        ("+1 (619) 555-0100", "+16195550100"),
        ("+509 3700 0000", "+50937000000"),
    ])
    func reads_numbers_written_the_ways_people_write_them(written: String, e164: String) {
        #expect(PhoneNumber(written)?.e164 == e164)
    }

    @Test(arguments: ["664 000", "+52 664 000 01", "llamar al 664", "0664 000 0101", "", "+52 664 000 0101 ext 5"])
    func rejects_what_is_not_a_phone_number(written: String) {
        #expect(PhoneNumber(written) == nil)
    }

    @Test func groups_mexican_numbers_for_reading_and_gives_digits_for_whatsapp() throws {
        let tijuana = try #require(PhoneNumber("6640000101"))
        #expect(tijuana.display == "+52 664 000 0101")
        #expect(tijuana.digits == "526640000101")
        #expect(PhoneNumber("55 1234 5678")?.display == "+52 55 1234 5678")
    }
}
