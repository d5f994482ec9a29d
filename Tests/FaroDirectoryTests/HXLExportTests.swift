import FaroDirectory
import Foundation
import Testing

/// `data/shelters-hxl.csv`.
@Suite struct HXLExportTests {
    @Test func the_second_row_holds_the_hxl_hashtags() throws {
        let csv = CSVDocument(try ExportFixture.file("data/shelters-hxl.csv"))
        let tags = Dictionary(uniqueKeysWithValues: zip(csv.header, csv.rows[1]))
        #expect(tags["id"] == "#meta +id")
        #expect(tags["state"] == "#adm1 +name")
        #expect(tags["state_iso"] == "#adm1 +code")
        #expect(tags["city"] == "#loc +city +name")
        #expect(tags["latitude"] == "#geo +lat")
        #expect(tags["longitude"] == "#geo +lon")
        #expect(tags["phones_voice"] == "#contact +phone +voice")
        #expect(tags["services"] == "#service +type")
        #expect(tags["populations"] == "#beneficiary +type")
        #expect(tags["last_verified"] == "#date +verified")
        #expect(tags["source"] == "#meta +source")
        #expect(csv.rows[1].allSatisfy { $0.hasPrefix("#") })
    }

    @Test func shelters_follow_the_hashtag_row() throws {
        let rows = CSVDocument(try ExportFixture.file("data/shelters-hxl.csv")).records(skipping: 1)
        #expect(rows.map { $0["id"] } == ["casa-norte", "igualdad"])
        #expect(rows[0]["state_iso"] == "MX-BCN")
        #expect(rows[0]["organization"] == "Red de Apoyo")
        #expect(rows[1]["name"] == "'=HYPERLINK(\"http://example.com\")")
    }
}
