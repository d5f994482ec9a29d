import FaroServer
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A small site in a temporary folder, previewed by a server on a free loopback port.
struct PreviewTestSite {
    /// The site's folder, holding `Content/` and `Themes/`.
    let root: URL

    /// Writes the repository's default theme, a two-language `site.yaml` and `files` (paths relative to the site folder).
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-serve-test-\(UUID().uuidString)")
        let theme = root.appendingPathComponent("Themes/default")
        try FileManager.default.createDirectory(at: theme.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryTheme, to: theme)
        try write("Content/site.yaml", """
        title: {es: Sitio de prueba, en: Test site}
        base_url: https://example.org/
        languages:
          - {code: es, name: Español, default: true}
          - {code: en, name: English}

        """)
        for (path, text) in files { try write(path, text) }
    }

    /// The default theme of this repository.
    static var repositoryTheme: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes/default")
    }

    /// Writes (or replaces) one file of the site.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A server for this site on 127.0.0.1 and a free port, polling often so tests stay short.
    func server(port: UInt16 = 0) -> PreviewServer {
        PreviewServer(options: PreviewOptions(content: root.appendingPathComponent("Content"), workingDirectory: root,
                                              port: port, pollInterval: .milliseconds(100), reloadWait: .seconds(2)))
    }

    /// Starts a server, runs `body` with it and its address, and stops it whatever happens.
    func withServer<T>(port: UInt16 = 0, _ body: (PreviewServer, URL) async throws -> T) async throws -> T {
        let server = server(port: port)
        let base = try await server.start()
        do {
            let value = try await body(server, base)
            await server.stop()
            return value
        } catch {
            await server.stop()
            throw error
        }
    }

    /// Removes the site folder.
    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

/// One HTTP response, read whole.
struct Fetched {
    let status: Int
    let contentType: String?
    let body: String
}

/// A plain HTTP client with no proxy and no cache, so tests see exactly what the server sends.
enum HTTP {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.connectionProxyDictionary = [:]
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.timeoutIntervalForRequest = 20
        return URLSession(configuration: configuration)
    }()

    static func get(_ path: String, from base: URL) async throws -> Fetched {
        let url = URL(string: path, relativeTo: base)!
        let (data, response) = try await session.data(for: URLRequest(url: url))
        let http = response as! HTTPURLResponse
        return Fetched(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type"),
                       body: String(decoding: data, as: UTF8.self))
    }

    /// Asks for the build version until it is no longer `old` (each ask waits up to two seconds), for at most `seconds`.
    static func waitForNewVersion(after old: String, from base: URL, seconds: Double = 10) async throws -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let version = try await get("/__faro/version?since=\(old)", from: base).body
            if version != old { return version }
        }
        return nil
    }
}

/// A Markdown page with front matter.
func page(_ frontMatter: String, _ body: String) -> String {
    "---\n\(frontMatter)\n---\n\n\(body)\n"
}
