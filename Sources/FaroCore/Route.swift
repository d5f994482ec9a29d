/// Where a generated file lives, as a site path: `/es/guias/viajar-seguro/` or `/sitemap.xml`.
public struct Route: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Path from the site root, starting with `/`; a directory path ends with `/`.
    public let path: String

    /// Creates a route from path segments; an empty list is the site root.
    public init(segments: [String], isDirectory: Bool = true) {
        let joined = segments.filter { !$0.isEmpty }.joined(separator: "/")
        if joined.isEmpty {
            path = "/"
        } else {
            path = "/" + joined + (isDirectory ? "/" : "")
        }
    }

    /// Creates a route from a path such as `/es/` or `/robots.txt`.
    public init(path: String) {
        self.path = path.hasPrefix("/") ? path : "/" + path
    }

    /// A site path as written by people: `/es/viejo` and `/es/viejo/` name the same folder;
    /// a last segment with an extension (`/old.html`) names a file.
    public init(sitePath: String) {
        let parts = sitePath.split(separator: "/").map(String.init)
        if sitePath.hasSuffix("/") || !(parts.last ?? "").contains(".") {
            self.init(segments: parts)
        } else {
            self.init(segments: parts, isDirectory: false)
        }
    }

    /// The file written for this route, relative to the output folder.
    public var outputFile: String {
        path.hasSuffix("/") ? String(path.dropFirst()) + "index.html" : String(path.dropFirst())
    }

    /// The route's path segments.
    public var segments: [String] { path.split(separator: "/").map(String.init) }

    /// A route below this one.
    public func appending(_ segment: String, isDirectory: Bool = true) -> Route {
        Route(segments: segments + [segment], isDirectory: isDirectory)
    }

    public var description: String { path }

    public static func < (lhs: Route, rhs: Route) -> Bool { lhs.path < rhs.path }
}
