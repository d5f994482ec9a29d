import CCmarkGFM
import FaroCore

/// Keeps a page with `allow_html` from running script. Tagfilter already makes `<script>`, `<iframe>` and
/// their kind inert, but raw HTML mode also turns off cmark-gfm's own check of link URLs, and raw tags can
/// carry script in attributes. So where raw HTML is allowed, this:
/// - clears Markdown link and image URLs that cmark-gfm itself would clear (`javascript:`, `vbscript:`,
///   `file:`, and `data:` other than images), so both modes publish the same links;
/// - removes from raw tags every event-handler attribute (`onclick`) and every URL attribute (`href`, `src`,
///   `action`, …) whose scheme, read as a browser reads it (entities decoded, tabs and spaces dropped),
///   is not one of `SafeURL.allowedSchemes`; a value it cannot read is removed too;
/// - writes a `<` that starts a tag never closed in its node as `&lt;`, so it cannot swallow what follows.
enum ScriptFilter {
    /// Applies the filter to every link, image and raw HTML node of a parsed document.
    static func apply(to document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if isDangerousLink(url) { cmark_node_set_url(node, "") }
            } else if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                let html = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                let filtered = filterHTML(html)
                if filtered != html { cmark_node_set_literal(node, filtered) }
            }
        }
    }

    /// cmark-gfm's rule for link URLs in safe mode.
    static func isDangerousLink(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if lowered.hasPrefix("data:") {
            return !["image/png", "image/gif", "image/jpeg", "image/webp"].contains { lowered.dropFirst(5).hasPrefix($0) }
        }
        return ["javascript:", "vbscript:", "file:"].contains { lowered.hasPrefix($0) }
    }

    /// Attributes whose value a browser follows or loads as a URL.
    static let urlAttributes: Set<String> = [
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "codebase",
        "icon", "manifest", "lowsrc", "dynsrc", "longdesc", "usemap", "srcset",
        // SVG animation can set `href` to any of these values.
        "to", "from", "values", "by",
    ]

    /// Raw HTML with unsafe attributes removed; text, comments and end tags are left as they are.
    static func filterHTML(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count, isLetter(bytes[index + 1]) {
                if let (tag, next) = filterTag(bytes, from: index) {
                    output += tag
                    index = next
                } else {
                    output += Array("&lt;".utf8)
                    index += 1
                }
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The start tag at `start` rebuilt with only its safe attributes, and the index after it;
    /// nil when the tag is not closed with `>`.
    static func filterTag(_ bytes: [UInt8], from start: Int) -> ([UInt8], Int)? {
        var index = start + 1
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: ">") { index += 1 }
        var output = Array(bytes[start..<index])
        var selfClosing = false
        while true {
            selfClosing = false
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                selfClosing = bytes[index] == UInt8(ascii: "/")
                index += 1
            }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ">") { break }
            let attributeStart = index
            index += 1  // An attribute name may start with `=`; anything else ends it.
            while index < bytes.count, !isSpace(bytes[index]), ![UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "=")].contains(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
            var value: String?
            var afterName = index
            while afterName < bytes.count, isSpace(bytes[afterName]) { afterName += 1 }
            if afterName < bytes.count, bytes[afterName] == UInt8(ascii: "=") {
                index = afterName + 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count else { return nil }
                let quote = bytes[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                    value = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                    index = close + 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if isSafe(name: name, value: value) {
                output.append(UInt8(ascii: " "))
                output += bytes[attributeStart..<index]
            }
        }
        output += Array((selfClosing ? " />" : ">").utf8)
        return (output, index + 1)
    }

    /// Whether an attribute can stay: not an event handler, and a URL only with an allowed scheme.
    static func isSafe(name: String, value: String?) -> Bool {
        if name.hasPrefix("on") { return false }
        guard let value else { return true }
        if name == "style" {
            let lowered = value.lowercased()
            return !lowered.contains("javascript:") && !lowered.contains("expression(")
        }
        guard urlAttributes.contains(name) else { return true }
        guard let decoded = decodeEntities(value) else { return false }
        // Browsers drop tabs and line breaks anywhere in a URL, and spaces and controls at its ends.
        let cleaned = String(String.UnicodeScalarView(decoded.unicodeScalars.filter { $0.value > 0x20 }))
        return SafeURL.hasAllowedScheme(cleaned)
    }

    /// The value with character references decoded; nil when it holds a named one not known here,
    /// since that could spell out a `:` or a letter of a scheme.
    static func decodeEntities(_ value: String) -> String? {
        guard value.contains("&") else { return value }
        var output = String.UnicodeScalarView()
        var scalars = Substring(value).unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "&" else { output.append(scalar); continue }
            if scalars.first == "#" {
                scalars.removeFirst()
                let hex = scalars.first == "x" || scalars.first == "X"
                if hex { scalars.removeFirst() }
                let digits = scalars.prefix { hex ? $0.properties.isASCIIHexDigit : ("0"..."9").contains($0) }
                scalars.removeFirst(digits.count)
                if scalars.first == ";" { scalars.removeFirst() }
                let code = UInt32(String(String.UnicodeScalarView(digits)), radix: hex ? 16 : 10) ?? 0xFFFD
                output.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            } else {
                let name = scalars.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
                guard scalars.dropFirst(name.count).first == ";" else { output.append(scalar); continue }
                guard let decoded = namedReferences[String(String.UnicodeScalarView(name))] else { return nil }
                scalars.removeFirst(name.count + 1)
                output.append(contentsOf: decoded.unicodeScalars)
            }
        }
        return String(output)
    }

    /// Named references people write in URLs, and those that spell the parts of a scheme.
    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "colon": ":", "Tab": "\t",
        "NewLine": "\n", "sol": "/", "period": ".", "quest": "?", "num": "#", "equals": "=", "percnt": "%",
    ]

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
