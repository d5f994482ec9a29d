/// The `Content-Type` of a file served by the preview, from its extension.
enum MediaType {
    /// Types of the files a Faro site contains; text types say they are UTF-8.
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "geojson": "application/geo+json; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "atom": "application/atom+xml; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "svg": "image/svg+xml",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "pdf": "application/pdf",
        "zip": "application/zip",
        "woff2": "font/woff2",
        "webmanifest": "application/manifest+json",
    ]

    /// The type for a file name; unknown extensions are served as bytes to download.
    static func forFile(named name: String) -> String {
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }

    /// Whether a file name is an HTML page (which gets the reload script, or the error page after a failed build).
    static func isHTML(_ name: String) -> Bool {
        forFile(named: name).hasPrefix("text/html")
    }
}
