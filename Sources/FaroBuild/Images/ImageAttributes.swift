/// Adds `width`, `height`, `loading="lazy"` and `decoding="async"` to the `<img>` tags cmark-gfm writes,
/// so images load only when scrolled to and the text does not jump when they arrive.
enum ImageAttributes {
    static func add(to html: String, sizes: [String: ImageSize]) -> String {
        guard html.contains("<img src=\"") else { return html }
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
