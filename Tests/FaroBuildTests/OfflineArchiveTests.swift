import FaroBuild
import FaroCore
import Foundation
import Testing

/// `offline/faro-<lang>.zip`: one language's whole site, opening from the files, the same bytes every build.
@Suite
struct OfflineArchiveTests {
    static let files: [String: String] = [
        "Content/index.es.md": page("title: Inicio", "Ver [las guías](/es/guias/) y [el mapa](/es/guias/mapa.png)."),
        "Content/index.en.md": page("title: Home"),
        "Content/guias/index.es.md": page("title: Guías"),
        "Content/guias/index.en.md": page("title: Guides\nslug: guides"),
        "Content/guias/viajar-seguro.es.md": page("title: Viajar seguro\naliases: [/es/viejo/]",
                                                  "[Inicio](/es/#main) · ![Mapa](mapa.png) · [correo](mailto:a@example.org)"),
        "Content/guias/viajar-seguro.en.md": page("title: Travel safely\nslug: travel-safely"),
        "Content/guias/mapa.png": "png",
        "Content/static/favicon.ico": "ico",
    ]

    /// Extracts an archive of the site's output into a new folder and returns it.
    func unzip(_ site: TestSite, _ archive: String) throws -> URL {
        let folder = site.root.appendingPathComponent("unzipped-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unzip", "-q", site.root.appendingPathComponent("Public/" + archive).path, "-d", folder.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return folder
    }

    /// Every file below a folder, relative to it.
    func files(in folder: URL) -> Set<String> {
        let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
        return Set(paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        })
    }

    /// The double-quoted `href` and `src` values of a page.
    func links(in html: String) throws -> [String] {
        let attribute = try Regex(#"\s(?:href|src)="([^"]*)""#, as: (Substring, Substring).self)
        return html.matches(of: attribute).map { String($0.output.1) }
    }

    @Test func each_language_gets_an_archive_of_its_pages_and_the_root_files_without_compressed_copies() async throws {
        let site = try TestSite(Self.files, config: TestSite.bilingualConfig + "offline: true\n")
        defer { site.remove() }
        let result = await site.build()
        #expect(result.published, "\(result.diagnostics)")
        let contents = files(in: try unzip(site, "offline/faro-es.zip"))
        for path in ["index.html", "404.html", "favicon.ico", "es/index.html", "es/guias/index.html",
                     "es/guias/viajar-seguro/index.html", "es/guias/mapa.png", "es/atom.xml"] {
            #expect(contents.contains("faro-es/" + path), "\(path)")
        }
        #expect(!contents.contains { $0.hasPrefix("faro-es/en/") || $0.hasSuffix(".gz") || $0.hasSuffix(".br") })
        #expect(!contents.contains("faro-es/es/viejo/index.html"))
        #expect(files(in: try unzip(site, "offline/faro-en.zip")).contains("faro-en/en/guides/travel-safely/index.html"))
    }

    @Test func every_link_of_the_copy_is_relative_and_reaches_a_file_inside_it_or_leaves_for_the_web() async throws {
        let site = try TestSite(Self.files, config: TestSite.bilingualConfig + "offline: true\n")
        defer { site.remove() }
        #expect(await site.build().published)
        let root = try unzip(site, "offline/faro-es.zip").appendingPathComponent("faro-es")
        let contents = files(in: root)
        var checked = 0
        for path in contents where path.hasSuffix(".html") {
            let html = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            for link in try links(in: html) {
                #expect(!link.hasPrefix("/"), "\(path): \(link)")
                if link.hasPrefix("#") || link.contains(":") { continue }
                let file = String(link.prefix { $0 != "#" && $0 != "?" })
                let target = URL(fileURLWithPath: root.appendingPathComponent(path).deletingLastPathComponent().path)
                    .appendingPathComponent(file).standardizedFileURL.path
                #expect(target.hasPrefix(root.path + "/") && contents.contains(String(target.dropFirst(root.path.count + 1))), "\(path): \(link)")
                checked += 1
            }
        }
        #expect(checked > 20)
        let home = try String(contentsOf: root.appendingPathComponent("es/index.html"), encoding: .utf8)
        #expect(home.contains("href=\"guias/index.html\""))
        #expect(home.contains("href=\"https://example.org/en/\""))
    }

    @Test func two_builds_of_the_same_site_give_identical_archive_bytes() async throws {
        let site = try TestSite(Self.files, config: TestSite.bilingualConfig + "offline: true\n")
        defer { site.remove() }
        #expect(await site.build().published)
        let first = try #require(site.tree()["offline/faro-es.zip"])
        try await Task.sleep(for: .seconds(2))  // a later clock must not change the archive
        #expect(await site.build().published)
        #expect(site.tree()["offline/faro-es.zip"] == first)
        #expect(site.tree()["offline/faro-en.zip"] != nil)
    }

    @Test func the_home_page_links_to_the_archive_of_its_language() async throws {
        let site = try TestSite(Self.files, config: TestSite.bilingualConfig + "offline: true\n")
        defer { site.remove() }
        #expect(await site.build().published)
        let home = try #require(site.output("es/index.html"))
        #expect(home.contains("href=\"/offline/faro-es.zip\" download>Descargar todo el sitio"))
        #expect(site.output("en/index.html")?.contains("href=\"/offline/faro-en.zip\"") == true)
    }

    @Test func without_offline_in_site_yaml_there_is_no_archive_and_no_link() async throws {
        let site = try TestSite(Self.files)
        defer { site.remove() }
        #expect(await site.build().published)
        #expect(site.tree().keys.allSatisfy { !$0.hasPrefix("offline/") })
        #expect(site.output("es/index.html")?.contains("offline/") == false)
    }
}
