import FaroBuild
import Foundation
import Testing

/// Images cost readers data: large ones are scaled down, and every one gets its size and lazy loading.
@Suite struct ImageTests {
    /// Makes a PNG of a given size with ImageMagick.
    func png(width: Int, height: Int, at url: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/convert")
        process.arguments = ["-size", "\(width)x\(height)", "gradient:navy-gold", url.path]
        try process.run()
        process.waitUntilExit()
    }

    @Test func a_wide_image_is_scaled_down_and_gets_its_size_and_lazy_loading() async throws {
        let site = try TestSite([
            "Content/guias/index.es.md": page("title: Guías"),
            "Content/guias/ruta.es.md": page("title: Ruta", "![Mapa de la ruta](mapa.png)"),
        ])
        defer { site.remove() }
        try png(width: 1600, height: 900, at: site.root.appendingPathComponent("Content/guias/mapa.png"))
        let original = try Data(contentsOf: site.root.appendingPathComponent("Content/guias/mapa.png"))
        #expect(await site.build().published)
        let html = try #require(site.output("es/guias/ruta/index.html"))
        #expect(html.contains("<img src=\"/es/guias/mapa.png\" width=\"800\" height=\"450\" loading=\"lazy\" decoding=\"async\" alt=\"Mapa de la ruta\""))
        let published = try Data(contentsOf: site.root.appendingPathComponent("Public/es/guias/mapa.png"))
        #expect(published.count < original.count)
        #expect(published.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func a_small_image_keeps_its_bytes_and_size() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A", "![Icono](icono.png)")])
        defer { site.remove() }
        try png(width: 48, height: 32, at: site.root.appendingPathComponent("Content/icono.png"))
        #expect(await site.build().published)
        #expect(site.output("es/a/index.html")?.contains("width=\"48\" height=\"32\" loading=\"lazy\"") == true)
        #expect(try Data(contentsOf: site.root.appendingPathComponent("Public/es/icono.png"))
                == Data(contentsOf: site.root.appendingPathComponent("Content/icono.png")))
    }

    @Test func two_builds_give_the_same_scaled_image() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A", "![Foto](foto.png)")])
        defer { site.remove() }
        try png(width: 1200, height: 400, at: site.root.appendingPathComponent("Content/foto.png"))
        #expect(await site.build(output: "Uno").published)
        try? FileManager.default.removeItem(at: site.root.appendingPathComponent(".faro-cache"))
        #expect(await site.build(output: "Dos").published)
        #expect(site.tree("Uno")["es/foto.png"] == site.tree("Dos")["es/foto.png"])
    }
}
