/// Gives each rendered heading an `id`.
///
/// cmark-gfm's HTML renderer has no hook for heading attributes, so the ids are written into the
/// renderer's output, matching its `<hN>` tags to the outline's headings in document order.
enum HeadingAnchors {
    static func insert(_ headings: [Heading], into html: String) -> String {
        guard !headings.isEmpty else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + headings.count * 24)
        var remaining = headings[...]
        var rest = html[...]
        while let next = remaining.first, let range = rest.range(of: "<h\(next.level)>") {
            output += rest[..<range.lowerBound]
            output += "<h\(next.level) id=\"\(next.anchor)\">"
            rest = rest[range.upperBound...]
            remaining = remaining.dropFirst()
        }
        output += rest
        return output
    }
}
