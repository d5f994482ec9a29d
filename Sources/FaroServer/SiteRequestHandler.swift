import FaroCore
import FlyingFox
import Foundation

/// Serves the built preview: files with their types, `index.html` for folders, the site's `404.html`,
/// the reload script in every HTML response, and the error page while the latest build has failed.
struct SiteRequestHandler: HTTPHandler {
    /// The folder the preview is built into.
    let root: URL
    /// The latest build and its version.
    let state: PreviewState
    /// The language of the error page's messages.
    let language: MessageLanguage

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The raw target, decoded: FlyingFox's `path` is standardized, which drops the trailing slash that tells
        // a folder from a file (and would hide a `..` that SitePath must refuse).
        let response = try await response(for: request.target.path(percentEncoded: false), host: request.headers[.host])
        return request.method == .HEAD ? Self.headOnly(response) : response
    }

    /// The response to a GET of `path`; `host` (the request's Host header) makes redirects absolute.
    func response(for path: String, host: String? = nil) async throws -> HTTPResponse {
        let (latest, version) = await state.current
        guard let build = latest else { return Self.waitingPage(version: version) }
        let failed = build.failed
        switch SitePath.resolve(path, in: root) {
        case .refused:
            return Self.text("Refused: the path leaves the site folder.\n", status: .badRequest)
        case .redirect(let location):
            // Absolute, because Linux Foundation's URLSession drops the trailing slash of a relative one and loops.
            let absolute = host.flatMap { Self.isPlainHost($0) ? "http://\($0)" + Self.encoded(location) : nil } ?? Self.encoded(location)
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: absolute, .cacheControl: "no-store"]))
        case .file(let url) where failed && MediaType.isHTML(url.lastPathComponent):
            return errorPage(build, version: version)
        case .notFound where failed && SitePath.looksLikePage(path):
            return errorPage(build, version: version)
        case .file(let url):
            return try Self.file(url, status: .ok, version: version)
        case .notFound:
            let missing = root.appendingPathComponent("404.html")
            guard FileManager.default.fileExists(atPath: missing.path) else {
                return Self.text("Not found: \(path)\n", status: .notFound)
            }
            return try Self.file(missing, status: .notFound, version: version)
        }
    }

    /// The diagnostics of a failed build, as a page that reloads when the next build ends.
    func errorPage(_ build: PreviewBuild, version: String) -> HTTPResponse {
        HTTPResponse(statusCode: .internalServerError, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                     body: ErrorPage.html(for: build, version: version, language: language))
    }

    /// A file of the site; HTML gets the reload script on the way out.
    static func file(_ url: URL, status: HTTPStatusCode, version: String) throws -> HTTPResponse {
        var body = try Data(contentsOf: url)
        let type = MediaType.forFile(named: url.lastPathComponent)
        if MediaType.isHTML(url.lastPathComponent) { body = ReloadScript.inject(into: body, version: version) }
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    /// What any request gets before the first build ends: a page that reloads itself when it does.
    static func waitingPage(version: String) -> HTTPResponse {
        let page = "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\"><title>Building…</title><body><p>The site is being built…</p></body></html>"
        return HTTPResponse(statusCode: .serviceUnavailable, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                            body: ReloadScript.inject(into: Data(page.utf8), version: version))
    }

    /// Whether a Host header is just a name or address and a port, safe to echo into a Location.
    static func isPlainHost(_ host: String) -> Bool {
        !host.isEmpty && host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".:-[]".contains($0)) }
    }

    /// A decoded path, percent-encoded again for a header.
    static func encoded(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// A short plain-text answer.
    static func text(_ text: String, status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"], body: Data(text.utf8))
    }

    /// The same headers, with the length of the body that a GET would get, and no body.
    static func headOnly(_ response: HTTPResponse) -> HTTPResponse {
        var headers = response.headers
        if case .httpBody(let body) = response.payload, let count = body.count { headers[.contentLength] = String(count) }
        return HTTPResponse(statusCode: response.statusCode, headers: headers, body: Data())
    }
}
