@testable import FaroServer
import Foundation
import Testing

/// Files come with their types, folders with their index, missing paths with the site's 404 page.
@Suite struct FileServingTests {
    @Test func serves_files_with_their_content_types_and_the_sites_404_page() async throws {
        let site = try PreviewTestSite([
            "Content/hola.es.md": page("title: Hola", "Texto."),
            "Content/static/mapa.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "Content/static/datos.geojson": "{\"type\": \"FeatureCollection\", \"features\": []}",
        ])
        defer { site.remove() }
        try await site.withServer { server, base in
            let svg = try await HTTP.get("/mapa.svg", from: base)
            let geojson = try await HTTP.get("/datos.geojson", from: base)
            let robots = try await HTTP.get("/robots.txt", from: base)
            let sitemap = try await HTTP.get("/sitemap.xml", from: base)
            let root = try await HTTP.get("/", from: base)
            let folder = try await HTTP.get("/es/hola", from: base)
            let missing = try await HTTP.get("/es/no-existe/", from: base)
            let notFoundPage = try String(contentsOf: server.siteFolder.appendingPathComponent("404.html"), encoding: .utf8)

            #expect(svg.contentType == "image/svg+xml")
            #expect(geojson.contentType == "application/geo+json; charset=utf-8")
            #expect(robots.contentType == "text/plain; charset=utf-8")
            #expect(sitemap.contentType == "application/xml; charset=utf-8")
            #expect(root.status == 200 && root.body.contains("/es/"))
            #expect(folder.status == 200 && folder.body.contains("Texto."), "a folder without its slash redirects to it")
            #expect(missing.status == 404)
            #expect(missing.body.contains("data-faro-reload"))
            #expect(missing.body.hasPrefix(String(notFoundPage.prefix(200))))
        }
    }

    @Test func paths_that_leave_the_site_folder_are_refused() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-sitepath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("es"), withIntermediateDirectories: true)
        try Data("hola".utf8).write(to: root.appendingPathComponent("es/index.html"))
        defer { try? FileManager.default.removeItem(at: root) }

        #expect(SitePath.resolve("/../etc/passwd", in: root) == .refused)
        #expect(SitePath.resolve("/es/../../etc/passwd", in: root) == .refused)
        #expect(SitePath.resolve("/es/..", in: root) == .refused)
        #expect(SitePath.resolve("/es\\..\\x", in: root) == .refused)
        #expect(SitePath.resolve("/es/", in: root) == .file(root.appendingPathComponent("es/index.html").standardizedFileURL))
        #expect(SitePath.resolve("/es", in: root) == .redirect("/es/"))
        #expect(SitePath.resolve("/en/", in: root) == .notFound)
    }

    @Test func every_kind_of_site_file_has_its_content_type() {
        let expected = [
            "a.html": "text/html; charset=utf-8", "a.css": "text/css; charset=utf-8", "a.js": "text/javascript; charset=utf-8",
            "a.svg": "image/svg+xml", "a.png": "image/png", "a.jpg": "image/jpeg", "a.webp": "image/webp",
            "a.pdf": "application/pdf", "a.xml": "application/xml; charset=utf-8", "a.json": "application/json; charset=utf-8",
            "a.geojson": "application/geo+json; charset=utf-8", "a.csv": "text/csv; charset=utf-8",
            "a.txt": "text/plain; charset=utf-8", "A.PNG": "image/png", "sin-extension": "application/octet-stream",
        ]
        for (name, type) in expected { #expect(MediaType.forFile(named: name) == type, "\(name)") }
    }
}
