/// Splits `/`-separated relative paths (`guias/viajar.es.md`) without Foundation's path functions,
/// whose `NSString` bridging crashed here on names without a slash.
public enum RelativePath {
    /// Everything before the last `/`, or `""` when there is none.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Everything after the last `/`.
    public static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
