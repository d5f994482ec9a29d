/// Gives each rendered heading an `id`.
///
/// cmark-gfm's HTML renderer has no hook for heading attributes, so the ids are written into the
/// renderer's output, matching its heading tags to the outline's headings in document order. Where raw
/// HTML is allowed (and may hold headings of its own), cmark-gfm is asked for `data-sourcepos` attributes,
/// which only its own tags carry; those mark the Markdown headings and are then removed.
/// The scan works on UTF-8 bytes: Foundation's string search is slow on Linux and this runs on every page.
enum HeadingAnchors {
    static func insert(_ headings: [Heading], into html: String, markedBySourcePosition: Bool) -> String {
        guard !headings.isEmpty || markedBySourcePosition else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + headings.count * 24)
        var remaining = headings[...]
        var index = 0
        var copied = 0   // bytes before this index are in `output`; unchanged runs are copied whole
        let marker = Array(" data-sourcepos=\"".utf8)
        while index < bytes.count {
            if !markedBySourcePosition && remaining.isEmpty { break }
            if markedBySourcePosition, bytes[index] == UInt8(ascii: " "), bytes[index...].starts(with: marker) {
                // Skip the attribute; if it belongs to the next heading's tag, put the id there instead.
                output += bytes[copied..<index]
                var end = index + marker.count
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                if let next = remaining.first, output.suffix(3) == Array("<h\(next.level)".utf8)[...] {
                    output += Array(" id=\"\(next.anchor)\"".utf8)
                    remaining = remaining.dropFirst()
                }
                index = end + 1
                copied = min(index, bytes.count)
                continue
            }
            if !markedBySourcePosition, let next = remaining.first, bytes[index] == UInt8(ascii: "<"), index + 3 < bytes.count,
               bytes[index + 1] == UInt8(ascii: "h"), bytes[index + 2] == UInt8(ascii: "0") + UInt8(next.level), bytes[index + 3] == UInt8(ascii: ">") {
                output += bytes[copied..<index]
                output += Array("<h\(next.level) id=\"\(next.anchor)\">".utf8)
                remaining = remaining.dropFirst()
                index += 4
                copied = index
                continue
            }
            index += 1
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }
}
