import FaroDirectory
import Foundation
import Testing

/// `data/hsds/`: an Open Referral HSDS 3.x tabular data package.
@Suite struct HSDSExportTests {
    let files: [String: Data]
    let resources: [[String: Any]]

    init() throws {
        files = try ExportFixture.files()
        resources = try #require(try jsonObject(files["data/hsds/datapackage.json"])["resources"] as? [[String: Any]])
    }

    /// A table's rows, by the resource's path.
    func table(_ path: String) throws -> [[String: String]] {
        try csvDocument(files["data/hsds/" + path]).records()
    }

    @Test func the_data_package_lists_every_csv_file() throws {
        let listed = Set(resources.compactMap { $0["path"] as? String }.map { "data/hsds/" + $0 })
        let written = Set(files.keys.filter { $0.hasPrefix("data/hsds/") && $0.hasSuffix(".csv") })
        #expect(listed == written)
        for table in ["organizations.csv", "services.csv", "locations.csv", "addresses.csv", "phones.csv", "schedules.csv",
                      "languages.csv", "service_at_location.csv"] {
            #expect(listed.contains("data/hsds/" + table))
        }
    }

    @Test func the_data_package_is_a_tabular_data_package_of_utf8_csv() throws {
        #expect(try jsonObject(files["data/hsds/datapackage.json"])["profile"] as? String == "tabular-data-package")
        for resource in resources {
            #expect(resource["profile"] as? String == "tabular-data-resource")
            #expect(resource["format"] as? String == "csv")
            #expect(resource["mediatype"] as? String == "text/csv")
            #expect(resource["encoding"] as? String == "utf-8")
            #expect((resource["schema"] as? [String: Any])?["primaryKey"] as? String == "id")
            #expect(resource["name"] is String)
        }
    }

    @Test func each_resource_schema_names_the_fields_of_its_csv_header() throws {
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            let fields = try #require((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
            let header = try csvDocument(files["data/hsds/" + path]).header
            #expect(fields.compactMap { $0["name"] as? String } == header, "\(path)")
            #expect(fields.allSatisfy { $0["type"] is String })
        }
    }

    @Test func foreign_keys_point_at_existing_ids() throws {
        let pathByName = Dictionary(uniqueKeysWithValues: resources.map { ($0["name"] as! String, $0["path"] as! String) })
        var checked = 0
        for resource in resources {
            let keys = ((resource["schema"] as? [String: Any])?["foreignKeys"] as? [[String: Any]]) ?? []
            let rows = try table(resource["path"] as! String)
            for key in keys {
                let field = try #require(key["fields"] as? String)
                let target = try #require((key["reference"] as? [String: Any])?["resource"] as? String)
                let ids = Set(try table(try #require(pathByName[target])).compactMap { $0["id"] })
                for row in rows {
                    guard let value = row[field], !value.isEmpty else { continue }
                    #expect(ids.contains(value), "\(resource["name"]!).\(field) = \(value) has no \(target)")
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
    }

    @Test func ids_are_unique_in_every_table() throws {
        for resource in resources {
            let ids = try table(resource["path"] as! String).compactMap { $0["id"] }
            #expect(Set(ids).count == ids.count, "\(resource["path"]!)")
        }
    }

    @Test func a_shelter_is_a_service_of_its_organisation_at_a_location_with_an_address() throws {
        let service = try #require(try table("services.csv").first { $0["id"] == "shelter-casa-norte-service" })
        #expect(service["organization_id"] == "organization-red-apoyo")
        #expect(service["status"] == "active")
        #expect(service["assured_date"] == "2026-11-02")
        #expect(service["application_process"] == "Identificación si la tienes.")
        let location = try #require(try table("locations.csv").first { $0["id"] == "shelter-casa-norte-location" })
        #expect(location["latitude"] == "32.531")
        #expect(location["longitude"] == "-117.038")
        #expect(try table("service_at_location.csv").contains {
            $0["service_id"] == "shelter-casa-norte-service" && $0["location_id"] == "shelter-casa-norte-location"
        })
        let address = try #require(try table("addresses.csv").first { $0["location_id"] == "shelter-casa-norte-location" })
        #expect(address["address_1"] == "Calle 5, Zona Centro")
        #expect(address["state_province"] == "Baja California")
        #expect(address["country"] == "MX")
    }

    @Test func a_shelter_without_an_organisation_is_its_own_organisation() throws {
        let service = try #require(try table("services.csv").first { $0["id"] == "shelter-igualdad-service" })
        #expect(service["organization_id"] == "shelter-igualdad-organization")
        #expect(try table("organizations.csv").contains { $0["id"] == "shelter-igualdad-organization" })
    }

    @Test func phones_keep_e164_and_whatsapp_is_a_text_line() throws {
        let phones = try table("phones.csv").filter { $0["service_id"] == "shelter-casa-norte-service" }
        #expect(phones.map { $0["id"] } == ["shelter-casa-norte-phone-1", "shelter-casa-norte-phone-2"])
        #expect(phones.map { $0["number"] } == ["+526640000101", "+526640000102"])
        #expect(phones.map { $0["type"] } == ["voice", "text"])
        #expect(phones[1]["description"] == "WhatsApp")
    }

    @Test func opening_hours_become_weekly_schedules_with_later_rules_winning() throws {
        let rows = try table("schedules.csv").filter { $0["service_id"] == "shelter-casa-norte-service" }
        #expect(rows.map { $0["byday"] } == ["MO,TU,WE,TH,FR", "SA"])
        #expect(rows.map { $0["opens_at"] } == ["08:00", "10:00"])
        #expect(rows.map { $0["closes_at"] } == ["20:00", "14:00"])
        #expect(rows.allSatisfy { $0["freq"] == "WEEKLY" })
    }

    @Test func open_day_and_night_closes_at_23_59() throws {
        let rows = try table("schedules.csv").filter { $0["service_id"] == "shelter-igualdad-service" }
        #expect(rows.map { $0["byday"] } == ["MO,TU,WE,TH,FR,SA,SU"])
        #expect(rows.map { "\($0["opens_at"]!)-\($0["closes_at"]!)" } == ["00:00-23:59"])
    }

    @Test func each_language_spoken_is_a_language_row() throws {
        let rows = try table("languages.csv").filter { $0["service_id"] == "shelter-casa-norte-service" }
        #expect(rows.map { $0["code"] } == ["es", "en", "ht"])
        #expect(rows.map { $0["id"] } == ["shelter-casa-norte-language-es", "shelter-casa-norte-language-en", "shelter-casa-norte-language-ht"])
        #expect(rows.first?["name"] == "Spanish")
    }

    @Test func services_and_populations_are_taxonomy_attributes() throws {
        let attributes = try table("attributes.csv").filter { $0["link_id"] == "shelter-casa-norte-service" }
        #expect(attributes.map { $0["taxonomy_term_id"] }
            == ["faro-service-lodging", "faro-service-food", "faro-population-families", "faro-population-women"])
    }
}
