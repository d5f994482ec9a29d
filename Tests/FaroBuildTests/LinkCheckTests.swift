import FaroBuild
import FaroCore
import Testing

/// `faro check` finds what a reader would trip over: dead links, missing anchors, images without words.
@Suite struct LinkCheckTests {
    func site(_ body: String) throws -> TestSite {
        try TestSite([
            "Content/guias/index.es.md": page("title: Guías"),
            "Content/guias/ruta.es.md": page("title: Ruta", "## Antes de salir\n\nTexto."),
            "Content/guias/mapa.png": "png",
            "Content/a.es.md": page("title: A", body),
        ])
    }

    func errors(_ body: String) async throws -> [Diagnostic] {
        let site = try site(body)
        defer { site.remove() }
        return await site.build(writes: false).errors
    }

    @Test func links_to_pages_files_and_anchors_that_exist_pass() async throws {
        let body = "[ruta](/es/guias/ruta/) [ancla](/es/guias/ruta/#antes-de-salir) [relativo](guias/) ![Mapa](guias/mapa.png) [fuera](https://example.net/) [correo](mailto:a@example.org)"
        #expect(try await errors(body).isEmpty)
    }

    @Test func a_link_to_a_missing_page_is_an_error_at_its_line_and_column() async throws {
        let error = try #require(try await errors("Texto.\n\nVer [la guía](/es/guia-vieja/).").first)
        #expect((error.problem as? LinkProblem) == .brokenLink("/es/guia-vieja/"))
        #expect(error.location == SourceLocation(file: "Content/a.es.md", line: 7, column: 5))
    }

    @Test func a_link_to_a_missing_anchor_is_an_error() async throws {
        let error = try #require(try await errors("[x](/es/guias/ruta/#despues)").first)
        #expect((error.problem as? LinkProblem) == .missingAnchor(url: "/es/guias/ruta/#despues", anchor: "despues"))
    }

    @Test func an_image_without_alternative_text_is_an_error() async throws {
        let error = try #require(try await errors("![](guias/mapa.png)").first)
        #expect((error.problem as? LinkProblem) == .missingAltText("guias/mapa.png"))
    }

    @Test func links_are_checked_in_every_language() async throws {
        let site = try site("Texto.")
        defer { site.remove() }
        try site.write("Content/a.en.md", page("title: A", "[guides](/en/guidez/)"))
        let errors = await site.build(writes: false).errors
        #expect(errors.contains { ($0.problem as? LinkProblem) == .brokenLink("/en/guidez/") && $0.location.file == "Content/a.en.md" })
    }

    @Test func a_site_may_report_broken_links_as_warnings_or_not_at_all() async throws {
        let site = try site("[x](/es/no-existe/)")
        defer { site.remove() }
        try site.write("Content/site.yaml", TestSite.bilingualConfig + "broken_links: warning\n")
        let warned = await site.build(writes: false)
        #expect(!warned.failed && warned.diagnostics.contains { ($0.problem as? LinkProblem) == .brokenLink("/es/no-existe/") })
        try site.write("Content/site.yaml", TestSite.bilingualConfig + "broken_links: ignore\n")
        #expect(await site.build(writes: false).diagnostics.isEmpty)
    }
}
