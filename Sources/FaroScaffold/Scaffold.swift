import FaroCore
import Foundation

/// Makes correctly formed new pages, guides and directory records for `faro new`, in the right folder and
/// language, and never overwrites a file.
public struct Scaffold: Sendable {
    /// The site's settings (its languages above all).
    public let config: SiteConfig
    /// The content folder.
    public let content: URL
    /// How messages name the content folder (`Content`).
    public let displayRoot: String

    /// Creates a scaffold for the site whose content folder is `content`.
    public init(config: SiteConfig, content: URL, displayRoot: String) {
        self.config = config
        self.content = content
        self.displayRoot = displayRoot
    }

    /// The files `request` makes (paths inside the content folder), checked but not written.
    public func files(for request: ScaffoldRequest) throws(ScaffoldProblem) -> [ScaffoldFile] {
        let title = request.title.trimmingCharacters(in: .whitespacesAndNewlines)
        switch request.kind {
        case .page:
            guard !title.isEmpty else { throw .missingValue("title") }
            return [try page(request, title: title, language: try language(of: request))]
        case .guide:
            guard !title.isEmpty else { throw .missingValue("title") }
            return try guide(request, title: title, language: try language(of: request))
        case .shelter, .organization:
            guard !title.isEmpty else { throw .missingValue("name") }
            return [try record(request, name: title, language: try language(of: request))]
        }
    }

    /// Writes the files of `request` and returns how messages name them; writes nothing if any of them exists.
    @discardableResult
    public func create(_ request: ScaffoldRequest) throws(ScaffoldProblem) -> [String] {
        let files = try files(for: request)
        let manager = FileManager.default
        for file in files where manager.fileExists(atPath: content.appendingPathComponent(file.path).path) {
            throw .fileExists(displayPath(file.path))
        }
        for file in files {
            let url = content.appendingPathComponent(file.path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw .writeFailed(path: displayPath(file.path), reason: error.localizedDescription)
            }
        }
        return files.map { displayPath($0.path) }
    }

    /// How messages name a path inside the content folder.
    public func displayPath(_ path: String) -> String {
        displayRoot.isEmpty ? path : displayRoot + "/" + path
    }

    /// The request's language, or the site's default; it must be one of the site's.
    func language(of request: ScaffoldRequest) throws(ScaffoldProblem) -> String {
        let code = request.language ?? config.defaultLanguage.code
        guard config.language(code) != nil else { throw .unknownLanguage(code, known: config.languages.map(\.code)) }
        return code
    }

    /// Checks that every segment of `path` is a slug; a leading content folder and slashes are tolerated.
    func slugPath(_ path: String) throws(ScaffoldProblem) -> [String] {
        var trimmed = path
        if !displayRoot.isEmpty, trimmed.hasPrefix(displayRoot + "/") { trimmed.removeFirst(displayRoot.count + 1) }
        let segments = trimmed.split(separator: "/").map(String.init)
        guard !segments.isEmpty, segments.allSatisfy(Slug.isValid) else {
            throw .notASlug(path, suggestion: Self.suggestion(for: segments))
        }
        return segments
    }

    /// What `Slug.make` makes of each segment, after dropping a `.md` or `.es.md` the user may have typed.
    static func suggestion(for segments: [String]) -> String {
        var segments = segments
        if var last = segments.popLast() {
            if last.hasSuffix(".md") { last.removeLast(3) }
            if let dot = last.lastIndex(of: "."), last.distance(from: dot, to: last.endIndex) <= 4 { last = String(last[..<dot]) }
            segments.append(last)
        }
        return segments.map(Slug.make).filter { !$0.isEmpty }.joined(separator: "/")
    }
}
