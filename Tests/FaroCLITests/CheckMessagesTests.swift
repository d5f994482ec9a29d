import Foundation
import Testing

/// `faro check` on a page with a dead link and an image without words, and a record with a typo,
/// as a CSO sees it in each language: every problem at its file, line and column.
extension CommandLineTests {
    var brokenSite: [String: String] {
        let shelter = """
        id: casa
        example: true
        name: Casa
        state: Tamaulipas
        city: Reynosa
        services: [lodging, comida]
        last_verified: 2026-01-01
        source: Visita

        """
        return ["Content/site.yaml": config,
                "Content/a.md": "---\ntitle: A\n---\n\nVer [la guía](/es/guia-vieja/).\n\n![](mapa.png)\n",
                "Content/mapa.png": "png",
                "Content/directory/shelters/casa.yaml": shelter]
    }

    @Test func check_names_a_bad_record_at_its_line_in_spanish_and_in_english() throws {
        let root = try makeSite(brokenSite)
        defer { try? FileManager.default.removeItem(at: root) }
        let spanish = try run(["check", "--lang", "es", "--no-pdf"], in: root)
        #expect(spanish.status != 0)
        #expect(spanish.err.contains("Content/directory/shelters/casa.yaml:6:11: error: 'services': 'comida' no es un valor permitido (¿quisiste decir 'food'?)"))
        let english = try run(["check", "--lang", "en", "--no-pdf"], in: root)
        #expect(english.err.contains("Content/directory/shelters/casa.yaml:6:11: error: 'services': 'comida' is not an allowed value (did you mean 'food'?)"))
    }

    @Test func check_names_a_dead_link_and_an_image_without_words_in_spanish_and_in_english() throws {
        var files = brokenSite
        files["Content/directory/shelters/casa.yaml"] = nil
        let root = try makeSite(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let spanish = try run(["check", "--lang", "es", "--no-pdf"], in: root)
        #expect(spanish.status != 0)
        #expect(spanish.err.contains("Content/a.md:5:5: error: el enlace a /es/guia-vieja/"))
        #expect(spanish.err.contains("Content/a.md:7:1: error: la imagen mapa.png no tiene texto alternativo"))
        let english = try run(["check", "--lang", "en", "--no-pdf"], in: root)
        #expect(english.err.contains("Content/a.md:5:5: error: link to /es/guia-vieja/ leads nowhere"))
        #expect(english.err.contains("Content/a.md:7:1: error: image mapa.png has no alternative text"))
    }
}
