import FaroBuild
import FaroCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Text from content and records reaches HTML, attributes, JSON-LD, XML and CSV escaped for each of them:
/// whatever people type shows as the text they typed, and never runs or breaks a file.
@Suite struct EscapingTests {
    static let hostileTitle = "Salud & <b>derechos</b> \"citas\" 'y' </title><script>alert(1)</script>"
    static let hostileDescription = "\"><script>alert(2)</script><meta x=\""

    static let config = """
    title: {es: "Sitio & <prueba>", en: Test site}
    base_url: https://example.org/
    languages:
      - {code: es, name: Español, default: true}
      - {code: en, name: English}

    """

    static let shelter = """
    id: casa-rara
    name: "Casa </script><script>alert(3)</script> & <i>Hogar</i>"
    state: Tamaulipas
    city: Reynosa
    address: "Calle <b>Uno</b> & \\"Dos\\""
    location: {lat: 26.09, lon: -98.28}
    services: [lodging]
    last_verified: 2026-11-01
    source: "+cmd|' /C calc'!A0"
    description: {es: "<img src=x onerror=alert(4)> y"}
    requirements: {es: "=HYPERLINK(\\"http://evil.example\\",\\"x\\")"}

    """

    /// A site with a hostile page, a hostile record and pages with script links, built on a fixed day.
    func buildHostileSite() async throws -> (TestSite, BuildResult) {
        let site = try TestSite([
            "Content/guias/index.es.md": page("title: Guías"),
            "Content/guias/rara.es.md": page("title: '\(Self.hostileTitle.replacingOccurrences(of: "'", with: "''"))'\n"
                                             + "description: '\(Self.hostileDescription)'\ndate: 2026-11-02"),
            "Content/guias/html.es.md": page("title: HTML\nallow_html: true", """
                [uno](javascript:alert(5)) [dos](JAVASCRIPT:alert(6)) ![tres](javascript:alert(7)) <javascript:alert(8)>

                <a href="javascript:alert(9)">cuatro</a> <a href="&#106;avascript:alert(10)">cinco</a>
                <a href=" java&Tab;script&colon;alert(11)">seis</a> <img src="x.png" onerror="alert(12)">

                <div onclick="alert(13)"><a href="/es/guias/" title="ok">siete</a> <a href="mailto:a@example.org">ocho</a></div>
                """),
            "Content/guias/sin-html.es.md": page("title: Sin HTML", "[uno](javascript:alert(14)) <a href=\"javascript:alert(15)\">dos</a>\n"),
            "Content/directory/shelters/casa-rara.yaml": Self.shelter,
        ], config: Self.config)
        var options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: site.root.appendingPathComponent("Public"),
                                   workingDirectory: site.root, today: Day(iso: "2026-11-29")!)
        options.pdf = .skip
        return (site, await Pipeline.standard(writesOutput: true).run(options))
    }

    @Test func titles_and_descriptions_are_escaped_in_html_and_in_attributes() async throws {
        let (site, result) = try await buildHostileSite()
        defer { site.remove() }
        #expect(result.published, "\(result.errors)")
        let html = try #require(site.output("es/guias/rara/index.html"))
        let escapedTitle = "Salud &amp; &lt;b&gt;derechos&lt;/b&gt; &quot;citas&quot; &#39;y&#39; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
        #expect(html.contains("<h1>\(escapedTitle)</h1>"))
        #expect(html.contains("<title>\(escapedTitle) · Sitio &amp; &lt;prueba&gt;</title>"))
        #expect(html.contains("<meta name=\"description\" content=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;meta x=&quot;\">"))
        let listing = try #require(site.output("es/guias/index.html"))
        #expect(listing.contains(escapedTitle))
        for output in [html, listing] {
            #expect(!output.contains("<script>alert"))
            #expect(!output.contains("<b>derechos"))
        }
    }

    @Test func record_names_addresses_and_descriptions_are_escaped_in_html() async throws {
        let (site, result) = try await buildHostileSite()
        defer { site.remove() }
        #expect(result.published)
        let html = try #require(site.output("es/directorio/albergues/casa-rara/index.html"))
        #expect(html.contains("<h1>Casa &lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt; &amp; &lt;i&gt;Hogar&lt;/i&gt;</h1>"))
        #expect(html.contains("Calle &lt;b&gt;Uno&lt;/b&gt; &amp; &quot;Dos&quot;"))
        #expect(html.contains("&lt;img src=x onerror=alert(4)&gt;"))
        #expect(!html.contains("<img src=x"))
        let listing = try #require(site.output("es/directorio/tamaulipas/reynosa/index.html"))
        #expect(listing.contains("Casa &lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt; &amp; &lt;i&gt;Hogar&lt;/i&gt;"))
    }

    @Test func json_ld_holds_the_name_and_cannot_be_closed_by_it() async throws {
        let (site, result) = try await buildHostileSite()
        defer { site.remove() }
        #expect(result.published)
        let html = try #require(site.output("es/directorio/albergues/casa-rara/index.html"))
        let open = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let rest = html[open.upperBound...]
        let close = try #require(rest.range(of: "</script>"))
        let json = String(rest[..<close.lowerBound])
        #expect(!json.contains("<") && !json.contains(">"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "Casa </script><script>alert(3)</script> & <i>Hogar</i>")
        #expect((object["address"] as? [String: Any])?["streetAddress"] as? String == "Calle <b>Uno</b> & \"Dos\"")
        #expect(html.components(separatedBy: "<script").count == 2, "the JSON-LD script is the only script element")
    }

    @Test func the_atom_feed_and_the_sitemap_are_well_formed_xml_holding_the_title() async throws {
        let (site, result) = try await buildHostileSite()
        defer { site.remove() }
        #expect(result.published)
        let feed = try #require(site.output("es/atom.xml"))
        #expect(feed.contains("<title>Sitio &amp; &lt;prueba&gt;"))
        #expect(feed.contains("<entry><title>Salud &amp; &lt;b&gt;derechos&lt;/b&gt;"))
        #expect(feed.contains("<summary>&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;meta x=&quot;</summary>"))
        let texts = try XMLTexts(feed)
        #expect(texts.values(of: "title").contains(Self.hostileTitle))
        #expect(texts.values(of: "summary") == [Self.hostileDescription])
        let sitemap = try XMLTexts(try #require(site.output("sitemap.xml")))
        #expect(sitemap.values(of: "loc").contains("https://example.org/es/guias/rara/"))
    }

    @Test func a_base_url_with_an_ampersand_is_escaped_in_xml() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A\ndate: 2026-01-02")],
                                config: Self.config.replacingOccurrences(of: "https://example.org/", with: "https://example.org/a&b/"))
        defer { site.remove() }
        #expect(await site.build().published)
        let sitemap = try XMLTexts(try #require(site.output("sitemap.xml")))
        #expect(sitemap.values(of: "loc").contains("https://example.org/a&b/es/a/"))
        let feed = try XMLTexts(try #require(site.output("es/atom.xml")))
        #expect(feed.values(of: "id").contains("https://example.org/a&b/es/a/"))
    }

    @Test func csv_exports_neutralise_formulas() async throws {
        let (site, result) = try await buildHostileSite()
        defer { site.remove() }
        #expect(result.published)
        let csv = try #require(site.output("data/shelters.csv"))
        #expect(csv.contains(",'+cmd|' /C calc'!A0,"))
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""))
        let data = site.root.appendingPathComponent("Public/data")
        let files = try FileManager.default.subpathsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".csv") }
        #expect(files.count > 3)
        for file in files {
            let text = try String(contentsOf: data.appendingPathComponent(file), encoding: .utf8)
            for line in text.components(separatedBy: "\r\n") {
                let cells = line.components(separatedBy: ",").map { $0.hasPrefix("\"") ? String($0.dropFirst()) : $0 }
                #expect(!cells.contains { $0.hasPrefix("=") || $0.hasPrefix("+cmd") || $0.hasPrefix("@") }, "\(file): \(line)")
            }
        }
    }

    @Test func script_urls_in_markdown_and_raw_html_are_not_published() async throws {
        let (site, result) = try await buildHostileSite()
        defer { site.remove() }
        #expect(result.published)
        for path in ["es/guias/html/index.html", "es/guias/sin-html/index.html"] {
            let html = try #require(site.output(path))
            let urls = Self.urlAttributes(in: html)
            #expect(!urls.isEmpty)
            #expect(!urls.contains { $0.lowercased().contains("script") || $0.contains("&") }, "\(path): \(urls)")
            #expect(!html.lowercased().contains(" onerror") && !html.lowercased().contains(" onclick"), "\(path)")
        }
        let allowed = try #require(site.output("es/guias/html/index.html"))
        #expect(allowed.contains("<a href=\"/es/guias/\" title=\"ok\">siete</a>"))
        #expect(allowed.contains("<a href=\"mailto:a@example.org\">ocho</a>"))
        #expect(allowed.contains("<img src=\"x.png\""))
    }

    /// The values of every `href` and `src` attribute, as written.
    static func urlAttributes(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "(?:href|src)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)", options: [.caseInsensitive])
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
        }
    }
}

/// The text of every element of an XML document by element name, read by a real XML parser
/// (so a document that is not well formed fails the test).
struct XMLTexts {
    private(set) var texts: [(name: String, text: String)] = []

    init(_ xml: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        guard parser.parse() else { throw XMLError(reason: parser.parserError.map { "\($0)" } ?? "not well formed") }
        texts = collector.texts
    }

    /// The texts of the elements named `name`, in document order.
    func values(of name: String) -> [String] { texts.filter { $0.name == name }.map(\.text) }

    struct XMLError: Error { let reason: String }

    private final class Collector: NSObject, XMLParserDelegate {
        var texts: [(name: String, text: String)] = []
        var stack: [(name: String, text: String)] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append((name, ""))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let element = stack.popLast() { texts.append(element) }
        }
    }
}
