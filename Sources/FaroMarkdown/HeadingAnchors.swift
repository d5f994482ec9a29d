/// Gives each rendered heading an `id`.
///
/// cmark-gfm's HTML renderer has no hook for heading attributes, so the ids are written into the
/// renderer's output, matching its heading tags to the outline's headings in document order. Where raw
/// HTML is allowed (and may hold headings of its own), cmark-gfm is asked for `data-sourcepos` attributes,
/// which only its own tags carry; those mark the Markdown headings and are then removed.
enum HeadingAnchors {
    static func insert(_ headings: [Heading], into html: String, markedBySourcePosition: Bool) -> String {
        markedBySourcePosition ? replacingSourcePositions(headings, in: html) : replacingPlainTags(headings, in: html)
    }

    /// Safe mode: every `<hN>` in the output is a Markdown heading.
    static func replacingPlainTags(_ headings: [Heading], in html: String) -> String {
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

    /// HTML allowed: headings are the `<hN data-sourcepos="…">` tags; every `data-sourcepos` goes.
    static func replacingSourcePositions(_ headings: [Heading], in html: String) -> String {
        let marker = " data-sourcepos=\""
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var remaining = headings[...]
        var rest = html[...]
        while let found = rest.range(of: marker) {
            let before = rest[..<found.lowerBound]
            output += before
            let afterValue = rest[found.upperBound...].firstIndex(of: "\"").map { rest.index(after: $0) } ?? rest.endIndex
            if let next = remaining.first, output.hasSuffix("<h\(next.level)") {
                output += " id=\"\(next.anchor)\""
                remaining = remaining.dropFirst()
            }
            rest = rest[afterValue...]
        }
        output += rest
        return output
    }
}
