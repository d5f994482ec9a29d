@testable import FaroServer
import Foundation
import Testing

/// The server in-process on a free loopback port: pages carry the reload script, saves rebuild, errors show and recover.
@Suite struct LiveReloadTests {
    @Test func serves_a_page_with_the_reload_script_that_the_built_file_does_not_contain() async throws {
        let site = try PreviewTestSite(["Content/hola.es.md": page("title: Hola", "Texto de la primera versión.")])
        defer { site.remove() }
        let server = site.server()
        let base = try await server.start()
        let fetched = try? await HTTP.get("/es/hola/", from: base)
        let onDisk = try? String(contentsOf: server.siteFolder.appendingPathComponent("es/hola/index.html"), encoding: .utf8)
        await server.stop()

        #expect(base.host == "127.0.0.1")
        #expect(fetched?.status == 200)
        #expect(fetched?.contentType == "text/html; charset=utf-8")
        #expect(fetched?.body.contains("Texto de la primera versión.") == true)
        #expect(fetched?.body.contains("data-faro-reload") == true)
        #expect(fetched?.body.contains(ReloadScript.versionPath) == true)
        #expect(onDisk?.contains("Texto de la primera versión.") == true)
        #expect(onDisk?.contains("data-faro-reload") == false)
        #expect(!FileManager.default.fileExists(atPath: server.siteFolder.path), "the private folder is removed on stop")
    }

    @Test func the_preview_is_built_in_memory_where_there_is_a_memory_file_system_unless_asked_for_the_disk() throws {
        let site = try PreviewTestSite(["Content/hola.es.md": page("title: Hola", "Texto.")])
        defer { site.remove() }
        var options = PreviewOptions(content: site.root.appendingPathComponent("Content"), workingDirectory: site.root, port: 0)
        let inMemory = PreviewServer(options: options).siteFolder.path
        options.buildsOnDisk = true
        let onDisk = PreviewServer(options: options).siteFolder.path
        #expect(onDisk.hasPrefix(FileManager.default.temporaryDirectory.path))
        if let memory = PreviewServer.memoryFolder() {
            #expect(inMemory.hasPrefix(memory.path + "/faro-serve-"))
        } else {
            #expect(inMemory.hasPrefix(FileManager.default.temporaryDirectory.path))
        }
        #if os(Linux)
        // This project's machines and CI mount /dev/shm as tmpfs, as Linux systems do.
        #expect(PreviewServer.memoryFolder()?.path == "/dev/shm")
        #endif
    }

    @Test func a_saved_change_rebuilds_changes_the_version_and_serves_the_new_text() async throws {
        let site = try PreviewTestSite(["Content/hola.es.md": page("title: Hola", "Texto antiguo.")])
        defer { site.remove() }
        try await site.withServer { server, base in
            let before = try await HTTP.get("/__faro/version", from: base).body
            try site.write("Content/hola.es.md", page("title: Hola", "Texto nuevo, guardado después."))
            let after = try await HTTP.waitForNewVersion(after: before, from: base)
            let fetched = try await HTTP.get("/es/hola/", from: base)
            let build = await server.latestBuild

            #expect(after != nil)
            #expect(fetched.body.contains("Texto nuevo, guardado después."))
            #expect(!fetched.body.contains("Texto antiguo."))
            #expect(build?.number == 2)
            #expect(build?.changedFiles == ["Content/hola.es.md"])
        }
    }

    @Test func broken_front_matter_shows_the_error_page_and_fixing_it_recovers() async throws {
        let site = try PreviewTestSite(["Content/hola.es.md": page("title: Hola", "Texto bueno.")])
        defer { site.remove() }
        try await site.withServer { server, base in
            let first = try await HTTP.get("/__faro/version", from: base).body
            try site.write("Content/hola.es.md", page("title: Hola\ntitel: <b>errata</b>", "Texto bueno."))
            let broken = try #require(try await HTTP.waitForNewVersion(after: first, from: base))
            let errorPage = try await HTTP.get("/es/hola/", from: base)
            let otherPage = try await HTTP.get("/es/", from: base)
            let error = try #require(await server.latestBuild?.errors.first)

            #expect(error.location.file == "Content/hola.es.md")
            #expect(error.location.line == 3)
            #expect(errorPage.status == 500)
            #expect(errorPage.body.contains("\(error.location): error:"))
            #expect(errorPage.body.contains("data-faro-reload"))
            #expect(!errorPage.body.contains("<b>errata</b>"), "messages are escaped")
            #expect(otherPage.status == 500, "every page shows the errors while the build is broken")

            try site.write("Content/hola.es.md", page("title: Hola", "Texto arreglado."))
            let fixed = try await HTTP.waitForNewVersion(after: broken, from: base)
            let recovered = try await HTTP.get("/es/hola/", from: base)

            #expect(fixed != nil)
            #expect(recovered.status == 200)
            #expect(recovered.body.contains("Texto arreglado."))
        }
    }
}
