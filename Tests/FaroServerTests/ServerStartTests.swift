import FaroServer
import Foundation
import Testing

/// Starting fails with a problem the command line can explain, and leaves nothing behind.
@Suite struct ServerStartTests {
    @Test func a_taken_port_is_a_cannot_listen_problem() async throws {
        let site = try PreviewTestSite(["Content/hola.es.md": page("title: Hola", "Texto.")])
        defer { site.remove() }
        let first = site.server()
        _ = try await first.start()
        let port = try #require(await first.port)
        let second = site.server(port: port)
        var problem: PreviewProblem?
        do { _ = try await second.start() } catch { problem = error }
        let secondFolder = second.siteFolder
        await first.stop()

        guard case .cannotListen(_, let refusedPort, _)? = problem else {
            Issue.record("expected cannotListen, got \(String(describing: problem))")
            return
        }
        #expect(refusedPort == port)
        #expect(!FileManager.default.fileExists(atPath: secondFolder.path))
    }

    @Test func a_host_that_is_not_an_address_is_refused() async throws {
        let site = try PreviewTestSite([:])
        defer { site.remove() }
        var options = site.server().options
        options.host = "mi-servidor"
        let server = PreviewServer(options: options)
        await #expect(throws: PreviewProblem.invalidHost("mi-servidor")) { _ = try await server.start() }
    }

    @Test func a_missing_content_folder_is_refused_before_anything_starts() async throws {
        let site = try PreviewTestSite([:])
        defer { site.remove() }
        let server = PreviewServer(options: PreviewOptions(content: site.root.appendingPathComponent("Contenido"), workingDirectory: site.root, port: 0))
        await #expect(throws: PreviewProblem.contentNotFound("Contenido")) { _ = try await server.start() }
    }
}
