import FlyingFox
import Foundation

/// `GET /__faro/version?since=V`: answers with the current build version as soon as it differs from `V`,
/// or after a wait with no change (long polling; works through any proxy and needs no open stream).
struct VersionRequestHandler: HTTPHandler {
    /// The latest build and its version.
    let state: PreviewState
    /// The longest wait before answering with an unchanged version.
    let wait: Duration

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let version: String
        if let known = request.query["since"] {
            version = await state.waitForChange(from: known, limit: wait)
        } else {
            version = await state.version
        }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                            body: Data(version.utf8))
    }
}
