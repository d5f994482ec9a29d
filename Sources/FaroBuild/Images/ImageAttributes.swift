/// Adds `width`, `height`, `loading="lazy"` and `decoding="async"` to the `<img>` tags cmark-gfm writes,
/// so images load only when scrolled to and the text does not jump when they arrive.
enum ImageAttributes {
    static func add(to html: String, sizes: [String: ImageSize]) -> String {
        // A byte scan: Foundation's `contains` on String is slow on Linux, and most pages have no image.
        let marker = Array("<img ".utf8)
        guard html.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.count >= marker.count && (0...(bytes.count - marker.count)).contains { start in
                bytes[start] == marker[0] && marker.indices.allSatisfy { bytes[start + $0] == marker[$0] }
            }
        }) ?? true else { return html }
        var output = ""
        var rest = html[...]
        while let tag = rest.range(of: "<img src=\"") {
            output += rest[..<tag.upperBound]
            rest = rest[tag.upperBound...]
            guard let quote = rest.firstIndex(of: "\"") else { break }
            let source = String(rest[..<quote])
            output += rest[...quote]
            rest = rest[rest.index(after: quote)...]
            if let size = sizes[source] { output += " width=\"\(size.width)\" height=\"\(size.height)\"" }
            output += " loading=\"lazy\" decoding=\"async\""
        }
        return output + rest
    }
}
