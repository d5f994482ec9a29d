import FaroBuild
import Testing

/// Search without JavaScript: an A–Z index and topic pages in every language.
@Suite struct SiteIndexTests {
    @Test func every_page_is_listed_under_its_first_letter_without_regard_to_accents() async throws {
        let site = try TestSite([
            "Content/guias/index.es.md": page("title: Guías"),
            "Content/guias/asilo.es.md": page("title: Árbol de decisiones\ntags: [asilo, COMAR]"),
            "Content/guias/comar.es.md": page("title: Cómo pedir asilo\ntags: [COMAR]"),
            "Content/guias/comar.en.md": page("title: How to apply\ntags: [COMAR]"),
        ])
        defer { site.remove() }
        #expect(await site.build().published)
        let root = try #require(site.output("es/indice/index.html"))
        #expect(root.contains("<a href=\"/es/indice/a/\">A</a>") && root.contains("<a href=\"/es/indice/c/\">C</a>"))
        #expect(root.contains("<a href=\"/es/indice/temas/comar/\">COMAR</a>"))
        let a = try #require(site.output("es/indice/a/index.html"))
        #expect(a.contains(">Árbol de decisiones</a><p>Guías</p>"))
        #expect(!a.contains("Cómo pedir asilo"))
        let topic = try #require(site.output("es/indice/temas/comar/index.html"))
        #expect(topic.contains("Árbol de decisiones") && topic.contains("Cómo pedir asilo"))
        #expect(site.output("en/index/h/index.html")?.contains("How to apply") == true)
        #expect(site.output("es/guias/index.html")?.contains("<a href=\"/es/indice/\">Buscar en el índice</a>") == true)
    }
}
