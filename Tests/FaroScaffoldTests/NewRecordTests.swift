import FaroCore
import FaroScaffold
import Foundation
import Testing

/// `faro new shelter` and `faro new organization` make records that pass the directory's strict validation.
@Suite struct NewRecordTests {
    @Test func a_shelter_has_every_required_key_is_sample_data_and_validates() async throws {
        let site = try ScaffoldTestSite()
        defer { site.remove() }
        let created = try site.scaffold().create(ScaffoldRequest(kind: .shelter, name: "albergue-x", title: "Albergue \"X\": Reynosa",
                                                                 state: "tamaulipas", city: "Reynosa"))
        let result = await site.check()

        #expect(created == ["Content/directory/shelters/albergue-x.yaml"])
        let text = try #require(site.read("Content/directory/shelters/albergue-x.yaml"))
        for line in ["id: albergue-x", "example: true", "state: \"Tamaulipas\"", "city: \"Reynosa\"",
                     "last_verified: \(Day.today())", "source: \"Dato de muestra; no es un lugar real\""] {
            #expect(text.contains("\n\(line)\n"), "\(line)")
        }
        #expect(text.contains("# services: [lodging, food]"))
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.report.pagesByLanguage["es", default: 0] > 0)
    }

    @Test func a_real_record_needs_a_source_and_carries_no_example_flag() async throws {
        let site = try ScaffoldTestSite()
        defer { site.remove() }
        let scaffold = try site.scaffold()
        #expect(throws: ScaffoldProblem.missingSource) {
            try scaffold.create(ScaffoldRequest(kind: .organization, name: "casa-norte", title: "Casa Norte", isExample: false))
        }
        try scaffold.create(ScaffoldRequest(kind: .organization, name: "casa-norte", title: "Casa Norte", source: "Llamada del 29 de noviembre",
                                            isExample: false))
        let result = await site.check()

        let text = try #require(site.read("Content/directory/organizations/casa-norte.yaml"))
        #expect(!text.contains("example: true"))
        #expect(text.contains("\nsource: \"Llamada del 29 de noviembre\"\n"))
        #expect(text.contains("\n# state: "), "an organisation's place is optional, so it is a hint")
        #expect(result.errors.isEmpty, "\(result.errors)")
    }

    @Test func an_organization_with_a_place_and_a_shelter_run_by_it_validate_together() async throws {
        let site = try ScaffoldTestSite()
        defer { site.remove() }
        let scaffold = try site.scaffold()
        try scaffold.create(ScaffoldRequest(kind: .organization, name: "red-norte", title: "Red Norte", language: "en",
                                            state: "Nuevo Leon", city: "Monterrey"))
        try scaffold.create(ScaffoldRequest(kind: .shelter, name: "casa-red-norte", title: "Casa", state: "Nuevo León", city: "Monterrey"))
        let result = await site.check()

        let text = try #require(site.read("Content/directory/organizations/red-norte.yaml"))
        #expect(text.contains("\nstate: \"Nuevo León\"\ncity: \"Monterrey\"\n"))
        #expect(text.contains("# Sample record"))
        #expect(result.errors.isEmpty, "\(result.errors)")
    }

    @Test func ids_that_are_not_slugs_and_unknown_states_are_refused() throws {
        let site = try ScaffoldTestSite()
        defer { site.remove() }
        let scaffold = try site.scaffold()
        #expect(throws: ScaffoldProblem.notASlug("Albergue X", suggestion: "albergue-x")) {
            try scaffold.create(ScaffoldRequest(kind: .shelter, name: "Albergue X", title: "Albergue X", state: "Sonora", city: "Nogales"))
        }
        #expect(throws: ScaffoldProblem.unknownState("Tamaulipaz")) {
            try scaffold.create(ScaffoldRequest(kind: .shelter, name: "albergue-x", title: "Albergue X", state: "Tamaulipaz", city: "Reynosa"))
        }
        #expect(throws: ScaffoldProblem.missingValue("city")) {
            try scaffold.create(ScaffoldRequest(kind: .shelter, name: "albergue-x", title: "Albergue X", state: "Sonora"))
        }
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("Content/directory").path))
    }
}
