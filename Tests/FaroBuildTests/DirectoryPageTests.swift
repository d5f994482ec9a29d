import FaroBuild
import FaroCore
import Foundation
import Testing

/// The directory as a migrant meets it: record pages with links to tap, listings that fit the page budget.
@Suite struct DirectoryPageTests {
    static func shelter(_ id: String, name: String, example: Bool = false, city: String = "Reynosa", extra: String = "") -> String {
        """
        id: \(id)
        example: \(example)
        name: "\(name)"
        organization: red-ejemplo
        state: Tamaulipas
        city: \(city)
        address: Calle Uno 1
        location: {lat: 26.09, lon: -98.28}
        phones:
          - {number: "899 000 0101", kind: voice}
          - {number: "899 000 0101", kind: whatsapp}
          - {number: "899 000 0102", kind: sms}
        services: [lodging, legal]
        populations: [women]
        languages: [es, ht]
        hours: "Mo-Fr 09:00-17:00; Sa,Su off"
        last_verified: 2026-11-01
        source: Llamada telefónica
        description: {es: Casa para mujeres., en: A house for women.}
        \(extra)
        """
    }

    static let organization = """
    id: red-ejemplo
    name: Red de Ejemplo
    kind: network
    website: https://example.org/red
    last_verified: 2026-11-01
    source: Sitio web

    """

    func site(_ shelters: [String: String]) throws -> TestSite {
        var files = ["Content/directory/organizations/red-ejemplo.yaml": Self.organization]
        for (id, text) in shelters { files["Content/directory/shelters/\(id).yaml"] = text }
        return try TestSite(files)
    }

    func build(_ site: TestSite) async -> BuildResult {
        var options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: site.root.appendingPathComponent("Public"),
                                   workingDirectory: site.root, today: Day(iso: "2026-11-29")!)
        options.pdf = .skip
        return await Pipeline.standard(writesOutput: true).run(options)
    }

    @Test func a_record_page_has_links_to_call_write_and_find_it() async throws {
        let site = try site(["casa-uno": Self.shelter("casa-uno", name: "Casa Uno")])
        defer { site.remove() }
        #expect(await build(site).published)
        let html = try #require(site.output("es/directorio/albergues/casa-uno/index.html"))
        #expect(html.contains("<a href=\"tel:+528990000101\">Llamar: +52 899 000 0101</a>"))
        #expect(html.contains("<a href=\"https://wa.me/528990000101\">WhatsApp: +52 899 000 0101</a>"))
        #expect(html.contains("<a href=\"sms:+528990000102\">SMS: +52 899 000 0102</a>"))
        #expect(html.contains("<a href=\"geo:26.09,-98.28\">"))
        #expect(html.contains("https://www.openstreetmap.org/?mlat=26.09&amp;mlon=-98.28"))
        #expect(html.contains("lunes–viernes 09:00–17:00; sábado, domingo cerrado"))
        #expect(html.contains("<a href=\"/es/directorio/organizaciones/red-ejemplo/\">Red de Ejemplo</a>"))
        #expect(html.contains("<span class=\"tag\">Español</span> <span class=\"tag\">criollo haitiano</span>"))
        #expect(html.contains("<time datetime=\"2026-11-01\">1 de noviembre de 2026</time>"))
        let english = try #require(site.output("en/directory/shelters/casa-uno/index.html"))
        #expect(english.contains("A house for women."))
        #expect(english.contains("Monday–Friday 09:00–17:00"))
        let organization = try #require(site.output("es/directorio/organizaciones/red-ejemplo/index.html"))
        #expect(organization.contains("<a href=\"/es/directorio/albergues/casa-uno/\">Casa Uno</a>"))
    }

    @Test func a_sample_record_is_labelled_and_kept_from_search_engines() async throws {
        let site = try site(["casa-ejemplo": Self.shelter("casa-ejemplo", name: "Casa Ejemplo", example: true)])
        defer { site.remove() }
        #expect(await build(site).published)
        let html = try #require(site.output("es/directorio/albergues/casa-ejemplo/index.html"))
        #expect(html.contains("Entrada de ejemplo."))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(!html.contains("application/ld+json"))
        #expect(site.output("es/directorio/tamaulipas/reynosa/index.html")?.contains("Casa Ejemplo</a> <small class=\"sample\">(ejemplo)</small>") == true)
    }

    @Test func json_ld_cannot_be_closed_by_a_name() async throws {
        let site = try site(["casa-rara": Self.shelter("casa-rara", name: "Casa </script><script>alert(1)</script>")])
        defer { site.remove() }
        #expect(await build(site).published)
        let html = try #require(site.output("es/directorio/albergues/casa-rara/index.html"))
        let script = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let rest = html[script.upperBound...]
        let end = try #require(rest.range(of: "</script>"))
        let json = String(rest[..<end.lowerBound])
        #expect(json.contains("\\u003c/script\\u003e"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["name"] as? String == "Casa </script><script>alert(1)</script>")
        #expect(!html.contains("<script>alert(1)"))
    }

    @Test func listings_by_place_service_and_population_use_translated_urls() async throws {
        let site = try site(["casa-uno": Self.shelter("casa-uno", name: "Casa Uno"),
                             "casa-dos": Self.shelter("casa-dos", name: "Casa Dos", city: "Matamoros")])
        defer { site.remove() }
        #expect(await build(site).published)
        let index = try #require(site.output("es/directorio/index.html"))
        #expect(index.contains("<a href=\"/es/directorio/tamaulipas/\">Tamaulipas</a>"))
        #expect(index.contains("<a href=\"/es/directorio/tamaulipas/matamoros/\">Matamoros</a>"))
        #expect(index.contains("<a href=\"/es/directorio/servicios/asesoria-legal/\">Asesoría legal</a>"))
        #expect(site.output("en/directory/services/legal-advice/index.html")?.contains("Casa Dos") == true)
        #expect(site.output("en/directory/for-whom/women/index.html")?.contains("Casa Uno") == true)
        let city = try #require(site.output("es/directorio/tamaulipas/reynosa/index.html"))
        #expect(city.contains("Casa Uno") && !city.contains("Casa Dos"))
        #expect(site.output("es/index.html")?.contains("<a href=\"/es/directorio/\">Albergues y organizaciones</a>") == true)
    }

    @Test func long_listings_are_split_into_pages_linked_in_order() async throws {
        var shelters: [String: String] = [:]
        for number in 1...45 {
            let id = "casa-\(number)"
            shelters[id] = Self.shelter(id, name: String(format: "Casa %02d", number))
        }
        let site = try site(shelters)
        defer { site.remove() }
        #expect(await build(site).published)
        let first = try #require(site.output("es/directorio/a-z/index.html"))
        #expect(first.contains("Casa 01") && first.contains("Casa 20") && !first.contains("Casa 21"))
        #expect(first.contains("<a href=\"/es/directorio/a-z/pagina/2/\" rel=\"next\">"))
        let third = try #require(site.output("es/directorio/a-z/pagina/3/index.html"))
        #expect(third.contains("Casa 45") && third.contains("3 / 3"))
        #expect(third.contains("<a href=\"/es/directorio/a-z/pagina/2/\" rel=\"prev\">"))
    }

    @Test func a_broken_record_fails_the_build_and_names_its_line() async throws {
        let site = try site(["casa-uno": Self.shelter("casa-uno", name: "Casa Uno").replacingOccurrences(of: "[women]", with: "[mujeres]")])
        defer { site.remove() }
        let result = await build(site)
        #expect(!result.published)
        let error = try #require(result.errors.first)
        #expect(error.location.file == "Content/directory/shelters/casa-uno.yaml")
        #expect(error.location.line == 14)
    }

    @Test func open_data_is_published_without_sample_records_unless_asked() async throws {
        let site = try site(["casa-uno": Self.shelter("casa-uno", name: "Casa Uno"),
                             "casa-ejemplo": Self.shelter("casa-ejemplo", name: "Casa Ejemplo", example: true)])
        defer { site.remove() }
        #expect(await build(site).published)
        let csv = try #require(site.output("data/shelters.csv"))
        #expect(csv.contains("casa-uno") && !csv.contains("casa-ejemplo"))
        let geojson = try #require(site.output("data/shelters.geojson"))
        let object = try JSONSerialization.jsonObject(with: Data(geojson.utf8)) as? [String: Any]
        #expect(object?["type"] as? String == "FeatureCollection")
        #expect(site.output("data/hsds/datapackage.json") != nil)
        #expect(site.output("es/directorio/index.html")?.contains("<a href=\"/data/shelters.csv\">CSV</a>") == true)

        try site.write("Content/site.yaml", TestSite.bilingualConfig + "export_examples: true\n")
        #expect(await build(site).published)
        #expect(site.output("data/shelters.csv")?.contains("casa-ejemplo") == true)
    }
}
