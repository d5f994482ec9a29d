import Foundation

/// Gives each rendered heading an `id`.
///
/// cmark-gfm's HTML renderer has no hook for heading attributes, so the ids are written into the
/// renderer's output, matching its heading tags to the outline's headings in document order. Where raw
/// HTML is allowed (and may hold headings of its own), cmark-gfm is asked for `data-sourcepos` attributes,
/// which only its own tags carry; those mark the Markdown headings and are then removed.
/// The scan works on the renderer's UTF-8 bytes and jumps between `<` (or spaces, for the attributes) with
/// `memchr`; the page's `String` is made once, from the finished bytes. This runs on every page.
enum HeadingAnchors {
    static func insert(_ headings: [Heading], into html: UnsafeBufferPointer<UInt8>, markedBySourcePosition: Bool) -> String {
        guard !headings.isEmpty || markedBySourcePosition, let base = html.baseAddress else {
            return String(decoding: html, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(html.count + headings.count * 32)
        var remaining = headings[...]
        var copied = 0   // bytes before this offset are in `output`; unchanged runs are copied whole
        var index = 0
        let marker = Array(" data-sourcepos=\"".utf8)
        let target = markedBySourcePosition ? UInt8(ascii: " ") : UInt8(ascii: "<")
        while index < html.count {
            if !markedBySourcePosition && remaining.isEmpty { break }
            guard let found = memchr(base + index, Int32(target), html.count - index) else { break }
            index = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            if markedBySourcePosition {
                guard html[index...].starts(with: marker) else { index += 1; continue }
                // Skip the attribute; if it belongs to the next heading's tag, put the id there instead.
                output += html[copied..<index]
                var end = index + marker.count
                while end < html.count, html[end] != UInt8(ascii: "\"") { end += 1 }
                if let next = remaining.first, output.count >= 3,
                   output[output.count - 3] == UInt8(ascii: "<"), output[output.count - 2] == UInt8(ascii: "h"),
                   output[output.count - 1] == UInt8(ascii: "0") + UInt8(next.level) {
                    output += " id=\"\(next.anchor)\"".utf8
                    remaining = remaining.dropFirst()
                }
                index = end + 1
                copied = min(index, html.count)
                continue
            }
            if let next = remaining.first, index + 3 < html.count, html[index + 1] == UInt8(ascii: "h"),
               html[index + 2] == UInt8(ascii: "0") + UInt8(next.level), html[index + 3] == UInt8(ascii: ">") {
                output += html[copied..<index]
                output += "<h\(next.level) id=\"\(next.anchor)\">".utf8
                remaining = remaining.dropFirst()
                index += 4
                copied = index
                continue
            }
            index += 1
        }
        output += html[copied...]
        return String(decoding: output, as: UTF8.self)
    }
}
