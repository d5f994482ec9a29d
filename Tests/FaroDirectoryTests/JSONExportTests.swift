import FaroDirectory
import Foundation
import Testing

/// `data/directory.json` and `data/shelters.geojson`.
@Suite struct JSONExportTests {
    @Test func directory_json_has_every_published_record() throws {
        let document = try jsonObject(try ExportFixture.files()["data/directory.json"])
        let records = try #require(document["records"] as? [[String: Any]])
        #expect(records.map { $0["id"] as? String } == ["casa-norte", "igualdad", "red-apoyo"])
        #expect(records.map { $0["category"] as? String } == ["shelter", "shelter", "organization"])
        #expect(document["homepage"] as? String == "https://faro.example.org/")
    }

    @Test func directory_json_writes_days_phones_and_translations() throws {
        let records = try #require(try jsonObject(try ExportFixture.files()["data/directory.json"])["records"] as? [[String: Any]])
        let casa = records[0]
        #expect(casa["last_verified"] as? String == "2026-11-02")
        #expect(casa["example"] as? Bool == false)
        #expect((casa["phones"] as? [[String: String]])?.first == ["number": "+526640000101", "kind": "voice"])
        #expect((casa["description"] as? [String: String])?["en"] == "Family shelter.")
        #expect(records[1]["location"] is NSNull)
    }

    @Test func geojson_is_a_feature_collection_of_points_in_longitude_latitude_order() throws {
        let collection = try jsonObject(try ExportFixture.files()["data/shelters.geojson"])
        #expect(collection["type"] as? String == "FeatureCollection")
        let features = try #require(collection["features"] as? [[String: Any]])
        let geometry = try #require(features.first?["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [-117.038, 32.531])
        let properties = try #require(features.first?["properties"] as? [String: Any])
        #expect(properties["id"] as? String == "casa-norte")
        #expect(properties["state"] as? String == "Baja California")
        #expect(properties["last_verified"] as? String == "2026-11-02")
        #expect((properties["phones"] as? [[String: String]])?.map { $0["number"] } == ["+526640000101", "+526640000102"])
    }

    @Test func geojson_leaves_out_records_without_coordinates() throws {
        let features = try #require(try jsonObject(try ExportFixture.files()["data/shelters.geojson"])["features"] as? [[String: Any]])
        #expect(features.compactMap { ($0["properties"] as? [String: Any])?["id"] as? String } == ["casa-norte"])
    }
}
