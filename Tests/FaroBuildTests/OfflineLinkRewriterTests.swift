import FaroBuild
import FaroCore
import Testing

/// The offline copy's pages open from `file://`: site links become relative to the page and name files.
@Suite struct OfflineLinkRewriterTests {
    static let files: Set<String> = [
        "index.html", "404.html", "es/index.html", "es/guias/index.html", "es/guias/viajar-seguro/index.html",
        "es/guias/mapa.png", "es/atom.xml", "logo.svg",
    ]

    func rewriter(baseURL: String = "https://example.org/") -> OfflineLinkRewriter {
        let config = SiteConfig(title: ["es": "Sitio"], baseURL: baseURL, languages: [Language(code: "es", name: "Español", isDefault: true)])
        return OfflineLinkRewriter(config: config, files: Self.files)
    }

    @Test func site_links_become_relative_to_the_depth_of_the_page() {
        let links = rewriter()
        #expect(links.rewrite(link: "/es/guias/", at: "es/guias/viajar-seguro/index.html") == "../index.html")
        #expect(links.rewrite(link: "/es/", at: "es/guias/viajar-seguro/index.html") == "../../index.html")
        #expect(links.rewrite(link: "/", at: "es/guias/viajar-seguro/index.html") == "../../../index.html")
        #expect(links.rewrite(link: "/logo.svg", at: "es/guias/index.html") == "../../logo.svg")
        #expect(links.rewrite(link: "/es/", at: "index.html") == "es/index.html")
        #expect(links.rewrite(link: "/es/guias/viajar-seguro/", at: "es/index.html") == "guias/viajar-seguro/index.html")
        #expect(links.rewrite(link: "/es/guias/viajar-seguro/", at: "es/guias/viajar-seguro/index.html") == "index.html")
    }

    @Test func the_base_path_is_taken_off_before_the_link_is_resolved() {
        let links = rewriter(baseURL: "https://example.org/portal/")
        #expect(links.rewrite(link: "/portal/es/guias/", at: "es/index.html") == "guias/index.html")
        #expect(links.rewrite(link: "/portal/", at: "es/guias/index.html") == "../../index.html")
        #expect(links.rewrite(link: "/otro/sitio/", at: "es/index.html") == "https://example.org/otro/sitio/")
    }

    @Test func folder_links_point_at_their_index_html_and_file_links_at_the_file() {
        let links = rewriter()
        #expect(links.rewrite(link: "/es/guias/", at: "es/index.html") == "guias/index.html")
        #expect(links.rewrite(link: "/es/guias", at: "es/index.html") == "guias/index.html")
        #expect(links.rewrite(link: "/es/guias/mapa.png", at: "es/guias/viajar-seguro/index.html") == "../mapa.png")
        #expect(links.rewrite(link: "/es/atom.xml", at: "es/guias/index.html") == "../atom.xml")
    }

    @Test func anchors_and_query_strings_are_kept() {
        let links = rewriter()
        #expect(links.rewrite(link: "/es/guias/#mapa", at: "es/index.html") == "guias/index.html#mapa")
        #expect(links.rewrite(link: "/es/guias/?v=2#mapa", at: "es/index.html") == "guias/index.html?v=2#mapa")
        #expect(links.rewrite(link: "/es/guias/viajar-seguro/#antes", at: "es/guias/viajar-seguro/index.html") == "index.html#antes")
        #expect(links.rewrite(link: "#main", at: "es/index.html") == "#main")
    }

    @Test func external_relative_mail_and_phone_links_are_left_as_they_are() {
        let links = rewriter()
        for link in ["https://example.net/a/", "http://example.org/es/", "//cdn.example.net/a.css", "mailto:ayuda@example.org",
                     "tel:+526640000101", "sms:+526640000101", "mapa.png", "../guias/", "?pagina=2", ""] {
            #expect(links.rewrite(link: link, at: "es/guias/index.html") == link)
        }
    }

    @Test func links_to_files_outside_the_copy_go_to_the_online_site() {
        let links = rewriter(baseURL: "https://example.org/portal/")
        #expect(links.rewrite(link: "/portal/en/guides/", at: "es/index.html") == "https://example.org/portal/en/guides/")
        #expect(links.rewrite(link: "/portal/es/../offline/faro-es.zip", at: "es/index.html") == "https://example.org/portal/offline/faro-es.zip")
        #expect(links.rewrite(link: "/portal/data/shelters.csv#x", at: "index.html") == "https://example.org/portal/data/shelters.csv#x")
    }

    @Test func dot_segments_are_resolved_before_looking_the_file_up() {
        let links = rewriter()
        #expect(links.rewrite(link: "/es/guias/../", at: "es/guias/index.html") == "../index.html")
        #expect(links.rewrite(link: "/es/./guias/mapa.png", at: "es/index.html") == "guias/mapa.png")
    }

    @Test func only_double_quoted_href_and_src_attribute_values_are_rewritten() {
        let html = """
        <a class="brand" href="/es/">Faro</a>
        <img
         src="/es/guias/mapa.png" alt="Mapa">
        <p data-href="/es/" title="/es/guias/">Ver /es/guias/ o href=&quot;/es/&quot;</p>
        <a href='/es/'>raw</a><a href="https://example.net/">fuera</a>
        """
        let expected = """
        <a class="brand" href="../index.html">Faro</a>
        <img
         src="mapa.png" alt="Mapa">
        <p data-href="/es/" title="/es/guias/">Ver /es/guias/ o href=&quot;/es/&quot;</p>
        <a href='/es/'>raw</a><a href="https://example.net/">fuera</a>
        """
        #expect(rewriter().rewrite(html, at: "es/guias/index.html") == expected)
    }

    @Test func text_outside_attributes_is_kept_byte_for_byte() {
        let html = "<p>Señal débil · 2G</p><a href=\"/es/guias/\">Guías</a><p>€ ✓</p>"
        #expect(rewriter().rewrite(html, at: "es/index.html") == "<p>Señal débil · 2G</p><a href=\"guias/index.html\">Guías</a><p>€ ✓</p>")
    }
}
