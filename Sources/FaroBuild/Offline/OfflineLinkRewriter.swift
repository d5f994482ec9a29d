import FaroCore
import Foundation

/// Rewrites the links of pages that Faro generated so that they work opened from the files of an offline
/// copy (`file://`): every site link (`href="/es/guias/"`, starting with the base path) becomes relative to
/// the page, a folder link names its `index.html`, and a link to a file the copy does not hold goes to
/// the online site instead. Anchors and query strings are kept; other links are left as they are.
///
/// No HTML parser: the input is only HTML that Faro's templates and cmark-gfm wrote, in which every
/// attribute value is double-quoted and a `"` inside a value or text is always escaped as `&quot;`, so
/// ` href="` and ` src="` can only begin an attribute. A parser would add a dependency and re-serialise
/// every page (changing bytes nobody asked to change) for no gain on this input. Raw HTML that a page lets
/// through (`allow_html`) with single-quoted or unquoted attributes is left unchanged.
public struct OfflineLinkRewriter: Sendable {
    /// The path of the base URL (`/` or `/portal/`), which every site link starts with.
    let basePath: String
    /// The base URL (`https://example.org/portal/`), for links to files outside the copy.
    let baseURL: String
    /// Scheme and host (`https://example.org`), for links to the same host outside the site.
    let origin: String
    /// Every file of the copy, relative to its root, which is the site root.
    let files: Set<String>

    /// A rewriter for a site's copy holding `files` (paths relative to the site root).
    public init(config: SiteConfig, files: Set<String>) {
        basePath = config.basePath
        baseURL = config.baseURL
        origin = basePath == "/" ? String(config.baseURL.dropLast()) : String(config.baseURL.dropLast(basePath.count))
        self.files = files
    }

    /// The HTML with every double-quoted `href` and `src` value rewritten for a page at `path` of the copy.
    public func rewrite(_ html: String, at path: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 16)
        var copied = 0
        var index = 0
        while index < bytes.count {
            guard let start = Self.valueStart(in: bytes, at: index),
                  let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else {
                index += 1
                continue
            }
            output += bytes[copied..<start]
            output += Array(rewrite(link: String(decoding: bytes[start..<end], as: UTF8.self), at: path).utf8)
            copied = end
            index = end
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// Where an attribute value begins when `index` is the space before ` href="` or ` src="`; nil otherwise.
    static func valueStart(in bytes: [UInt8], at index: Int) -> Int? {
        switch bytes[index] {
        case 0x20, 0x0A, 0x09, 0x0D: break
        default: return nil
        }
        for name in attributePrefixes where bytes.count - index - 1 >= name.count {
            if bytes[(index + 1)..<(index + 1 + name.count)].elementsEqual(name) { return index + 1 + name.count }
        }
        return nil
    }

    private static let attributePrefixes = [Array("href=\"".utf8), Array("src=\"".utf8)]

    /// One link as the page at `path` of the copy must write it.
    public func rewrite(link: String, at path: String) -> String {
        guard link.hasPrefix("/"), !link.hasPrefix("//") else { return link }
        guard link.hasPrefix(basePath) else { return origin + link }
        let split = link.firstIndex { $0 == "?" || $0 == "#" } ?? link.endIndex
        let suffix = link[split...]
        let sitePath = Self.normalized(String(link[link.index(link.startIndex, offsetBy: basePath.count)..<split]))
        guard let target = file(for: sitePath) else { return baseURL + sitePath + suffix }
        return Self.relative(from: path, to: target) + suffix
    }

    /// The file of the copy that a site path (without the base path) names, if the copy holds it:
    /// a folder (`es/guias/`, or `es/guias` with no extension) names its `index.html`.
    func file(for sitePath: String) -> String? {
        let candidates = sitePath.isEmpty || sitePath.hasSuffix("/") ? [sitePath + "index.html"] : [sitePath, sitePath + "/index.html"]
        return candidates.first { files.contains($0.removingPercentEncoding ?? $0) }
    }

    /// A site path with `.` and `..` segments resolved (`es/../offline/` → `offline/`), keeping a final `/`.
    static func normalized(_ sitePath: String) -> String {
        guard sitePath.contains(".") else { return sitePath }
        var segments: [Substring] = []
        for segment in sitePath.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        let joined = segments.joined(separator: "/")
        let isFolder = sitePath.hasSuffix("/") || sitePath.hasSuffix("/.") || sitePath.hasSuffix("/..") || sitePath == "." || sitePath == ".."
        return isFolder && !joined.isEmpty && !joined.hasSuffix("/") ? joined + "/" : joined
    }

    /// The path from the folder of the file `from` to the file `to`, both relative to the copy's root.
    static func relative(from: String, to: String) -> String {
        let folder = from.split(separator: "/").dropLast()
        let target = to.split(separator: "/")
        var common = 0
        while common < folder.count, common < target.count - 1, folder[folder.startIndex + common] == target[common] { common += 1 }
        return String(repeating: "../", count: folder.count - common) + target[common...].joined(separator: "/")
    }
}
