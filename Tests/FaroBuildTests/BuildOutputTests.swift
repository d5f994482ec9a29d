import FaroBuild
import FaroCore
import Foundation
import Testing

@Suite struct BuildOutputTests {
    @Test func writes_each_language_under_clean_urls_with_translated_section_slugs() async throws {
        let site = try TestSite([
            "Content/index.es.md": page("title: Inicio"),
            "Content/index.en.md": page("title: Home"),
            "Content/guias/index.es.md": page("title: Guías"),
            "Content/guias/index.en.md": page("title: Guides\nslug: guides"),
            "Content/guias/viajar-seguro.es.md": page("title: Viajar seguro"),
            "Content/guias/viajar-seguro.en.md": page("title: Travel safely\nslug: travel-safely"),
        ])
        defer { site.remove() }
        let result = await site.build()
        #expect(result.published)
        #expect(result.errors.isEmpty)
        let spanish = try #require(site.output("es/guias/viajar-seguro/index.html"))
        #expect(spanish.contains("<h1>Viajar seguro</h1>"))
        #expect(spanish.contains("<html lang=\"es\" dir=\"ltr\">"))
        let english = try #require(site.output("en/guides/travel-safely/index.html"))
        #expect(english.contains("<h1>Travel safely</h1>"))
        #expect(english.contains("href=\"/es/guias/viajar-seguro/\" hreflang=\"es\""))
        #expect(english.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://example.org/es/guias/viajar-seguro/\">"))
        #expect(site.output("en/guides/index.html")?.contains("href=\"/en/guides/travel-safely/\"") == true)
        #expect(result.report.pagesByLanguage == ["es": 6, "en": 6])  // three pages and three A–Z index pages each
    }

    @Test func section_lists_its_pages_by_weight_then_newest_date_then_title() async throws {
        let site = try TestSite([
            "Content/noticias/index.es.md": page("title: Noticias"),
            "Content/noticias/b.es.md": page("title: Bravo\ndate: 2021-01-01"),
            "Content/noticias/a.es.md": page("title: Alfa\ndate: 2021-01-01"),
            "Content/noticias/c.es.md": page("title: Charlie\ndate: 2021-06-01"),
            "Content/noticias/d.es.md": page("title: Delta\nweight: 1"),
        ])
        defer { site.remove() }
        #expect(await site.build().published)
        let html = try #require(site.output("es/noticias/index.html"))
        let order = ["Delta", "Charlie", "Alfa", "Bravo"].map { html.range(of: ">\($0)</a>")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    }

    @Test func drafts_are_left_out_unless_asked_for() async throws {
        let site = try TestSite(["Content/borrador.es.md": page("title: Borrador\ndraft: true")])
        defer { site.remove() }
        #expect(await site.build().published)
        #expect(site.output("es/borrador/index.html") == nil)
        #expect(await site.build(drafts: true).published)
        #expect(site.output("es/borrador/index.html") != nil)
    }

    @Test func raw_html_is_dropped_unless_the_page_allows_it_and_scripts_stay_inert() async throws {
        let body = "<div class=\"aviso\">Aviso</div>\n\n<script>alert(1)</script>\n"
        let site = try TestSite([
            "Content/seguro.es.md": page("title: Seguro", body),
            "Content/permitido.es.md": page("title: Permitido\nallow_html: true", body),
        ])
        defer { site.remove() }
        #expect(await site.build().published)
        let safe = try #require(site.output("es/seguro/index.html"))
        #expect(!safe.contains("<div class=\"aviso\">"))
        #expect(!safe.contains("<script>alert"))
        let allowed = try #require(site.output("es/permitido/index.html"))
        #expect(allowed.contains("<div class=\"aviso\">Aviso</div>"))
        #expect(!allowed.contains("<script>alert"))
    }

    @Test func writes_sitemap_with_alternates_robots_404_and_a_language_chooser_at_the_root() async throws {
        let site = try TestSite([
            "Content/index.es.md": page("title: Inicio"),
            "Content/index.en.md": page("title: Home"),
            "Content/solo.es.md": page("title: Solo español\ndate: 2021-01-14"),
        ])
        defer { site.remove() }
        #expect(await site.build().published)
        let sitemap = try #require(site.output("sitemap.xml"))
        #expect(sitemap.contains("<url><loc>https://example.org/es/solo/</loc><lastmod>2021-01-14</lastmod></url>"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/en/\"/>"))
        #expect(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/es/\"/>"))
        #expect(site.output("robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://example.org/sitemap.xml\n")
        #expect(site.output("404.html")?.contains("Página no encontrada") == true)
        let root = try #require(site.output("index.html"))
        #expect(root.contains("<a href=\"/es/\" hreflang=\"es\" lang=\"es\">Español</a>"))
        #expect(root.contains("<a href=\"/en/\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(!root.contains("<script"))
    }

    @Test func copies_static_files_and_page_images_and_points_relative_images_at_their_copy() async throws {
        let site = try TestSite([
            "Content/static/favicon.ico": "icon",
            "Content/guias/index.es.md": page("title: Guías"),
            "Content/guias/mapa.png": "png",
            "Content/guias/ruta.es.md": page("title: Ruta", "![Mapa de la ruta](mapa.png)"),
            "Themes/default/static/theme.txt": "theme",
        ])
        defer { site.remove() }
        #expect(await site.build().published)
        #expect(site.output("favicon.ico") == "icon")
        #expect(site.output("theme.txt") == "theme")
        #expect(site.output("es/guias/mapa.png") == "png")
        #expect(site.output("es/guias/ruta/index.html")?.contains("<img src=\"/es/guias/mapa.png\" loading=\"lazy\" decoding=\"async\" alt=\"Mapa de la ruta\"") == true)
    }

    @Test func aliases_write_redirect_pages_without_script() async throws {
        let site = try TestSite(["Content/nuevo.es.md": page("title: Nuevo\naliases: [/es/viejo/, /viejo.html]")])
        defer { site.remove() }
        #expect(await site.build().published)
        let redirect = try #require(site.output("es/viejo/index.html"))
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=/es/nuevo/\">"))
        #expect(redirect.contains("<a href=\"/es/nuevo/\">Nuevo</a>"))
        #expect(site.output("viejo.html") != nil)
    }

    @Test func links_carry_the_path_of_the_base_url() async throws {
        let config = TestSite.bilingualConfig.replacingOccurrences(of: "https://example.org/", with: "https://example.org/portal/")
        let site = try TestSite(["Content/a.es.md": page("title: A", "[B](/es/b/)"), "Content/b.es.md": page("title: B")], config: config)
        defer { site.remove() }
        #expect(await site.build().published)
        let html = try #require(site.output("es/a/index.html"))
        #expect(html.contains("<a href=\"/portal/es/b/\">B</a>"))
        #expect(html.contains("href=\"/portal/es/\""))
    }

    @Test func a_long_section_listing_is_split_into_linked_pages() async throws {
        var files = ["Content/noticias/index.es.md": page("title: Noticias", "Introducción.")]
        for number in 1...120 { files["Content/noticias/n\(number).es.md"] = page("title: Nota \(String(format: "%03d", number))\nweight: \(number)") }
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(await site.build().published)
        let first = try #require(site.output("es/noticias/index.html"))
        #expect(first.contains("Introducción.") && first.contains(">Nota 050</a>") && !first.contains(">Nota 051</a>"))
        #expect(first.contains("<a href=\"/es/noticias/pagina/2/\" rel=\"next\">"))
        let second = try #require(site.output("es/noticias/pagina/2/index.html"))
        #expect(second.contains(">Nota 051</a>") && second.contains(">Nota 100</a>") && !second.contains("Introducción."))
        #expect(second.contains("<span>2 / 3</span>"))
        #expect(site.output("es/noticias/pagina/3/index.html")?.contains(">Nota 120</a>") == true)
    }

    @Test func hosts_get_type_hints_and_apache_sends_the_precompressed_copies() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        #expect(await site.build().published)
        let apache = try #require(site.output(".htaccess"))
        #expect(apache.contains("AddType application/geo+json .geojson"))
        #expect(apache.contains("RewriteCond %{REQUEST_FILENAME}.br -f"))
        #expect(apache.contains("ErrorDocument 404 /404.html"))
        #expect(site.output("_headers")?.contains("/*.geojson\n  Content-Type: application/geo+json") == true)
        #expect(site.tree()["es/a/index.html.br"] != nil && site.tree()["es/a/index.html.gz"] != nil)
    }
}
