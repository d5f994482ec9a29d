import FaroDirectory
import Foundation
import Testing

/// Sample records stay out of exports unless asked for, and are marked when they are in.
@Suite struct ExportExampleTests {
    @Test func sample_records_are_left_out_by_default() throws {
        for (path, data) in try ExportFixture.files() {
            #expect(!String(decoding: data, as: UTF8.self).contains("albergue-muestra"), "\(path)")
        }
    }

    @Test func sample_records_are_marked_in_csv_json_and_geojson_when_included() throws {
        let files = try ExportFixture.files(includeExamples: true)
        let row = try #require(try csvDocument(files["data/shelters.csv"]).records().first { $0["id"] == "albergue-muestra" })
        #expect(row["example"] == "true")
        let records = try #require(try jsonObject(files["data/directory.json"])["records"] as? [[String: Any]])
        #expect(records.first { $0["id"] as? String == "albergue-muestra" }?["example"] as? Bool == true)
        let features = try #require(try jsonObject(files["data/shelters.geojson"])["features"] as? [[String: Any]])
        let properties = features.compactMap { $0["properties"] as? [String: Any] }.first { $0["id"] as? String == "albergue-muestra" }
        #expect(properties?["example"] as? Bool == true)
        let hxl = try csvDocument(files["data/shelters-hxl.csv"]).records(skipping: 1)
        #expect(hxl.first { $0["id"] == "albergue-muestra" }?["example"] == "true")
    }

    @Test func sample_records_are_labelled_in_the_hsds_package() throws {
        let files = try ExportFixture.files(includeExamples: true)
        let organizations = try csvDocument(files["data/hsds/organizations.csv"]).records()
        let organization = try #require(organizations.first { $0["id"] == "shelter-albergue-muestra-organization" })
        #expect(organization["description"]?.hasPrefix("[EJEMPLO / SAMPLE]") == true)
        let service = try #require(try csvDocument(files["data/hsds/services.csv"]).records().first {
            $0["id"] == "shelter-albergue-muestra-service"
        })
        #expect(service["name"] == "[EJEMPLO / SAMPLE] Albergue Muestra")
        #expect(service["alert"]?.isEmpty == false)
    }

    @Test func two_exports_of_the_same_records_are_byte_identical() throws {
        let directory = try ExportFixture.directory()
        let first = DirectoryExport.files(for: directory, baseURL: "https://faro.example.org/", includeExamples: true)
        let second = DirectoryExport.files(for: directory, baseURL: "https://faro.example.org/", includeExamples: true)
        #expect(first == second)
        #expect(first.allSatisfy { $0.path.hasPrefix("data/") })
    }
}
