/// One piece of a compiled template.
indirect enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`; an empty path is `.`, the current value.
    case variable(path: [String], escaped: Bool)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(path: [String], nodes: [TemplateNode], inverted: Bool)
    /// `{{> name}}`; `key` names the compiled partial, indented copies included.
    case partial(key: String)
    /// `{{< name}}…{{/name}}`: the parent template with the blocks defined inside.
    case parent(name: String, blocks: [String: [TemplateNode]])
    /// `{{$name}}default{{/name}}`: replaced by a child template's block of that name.
    case block(name: String, nodes: [TemplateNode])
}

/// A template that could not be read, with where.
struct TemplateSyntaxError: Error, Sendable {
    let message: String
    let line: Int
    let column: Int
}

/// Parses Mustache (the spec's interpolation, sections, inverted sections, comments, partials,
/// set delimiters, standalone lines and partial indentation, and its inheritance module:
/// parents and blocks) into nodes.
///
/// Written for Faro rather than taken from swift-mustache, which Faro used first: that library looks
/// every name up by dynamic casts and `Mirror` on each stack level and escapes by `Character`,
/// which made template rendering the largest part of a build's time.
struct TemplateParser {
    private let bytes: [UInt8]
    /// `{{> name}}` tags found with indentation: (partial name, indentation), for indented copies.
    private(set) var indentedPartials: Set<IndentedPartial> = []

    struct IndentedPartial: Hashable, Sendable {
        let name: String
        let indentation: String
        var key: String { indentation.isEmpty ? name : name + "\u{0}" + indentation }
    }

    private struct Open {
        let kind: UInt8
        let path: String
        let offset: Int
        var nodes: [TemplateNode] = []
    }

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Parses the template.
    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        var openDelimiter = Array("{{".utf8)
        var closeDelimiter = Array("}}".utf8)
        var stack: [Open] = [Open(kind: 0, path: "", offset: 0)]
        var textStart = 0
        var position = 0
        func append(_ node: TemplateNode) { stack[stack.count - 1].nodes.append(node) }
        func appendText(_ range: Range<Int>) {
            if !range.isEmpty { append(.text(String(decoding: bytes[range], as: UTF8.self))) }
        }

        while let start = find(openDelimiter, from: position) {
            var cursor = start + openDelimiter.count
            var sigil: UInt8 = 0
            var closing = closeDelimiter
            if cursor < bytes.count, openDelimiter == Array("{{".utf8), bytes[cursor] == UInt8(ascii: "{") {
                sigil = UInt8(ascii: "{")
                cursor += 1
                closing = [UInt8(ascii: "}")] + closeDelimiter
            }
            guard let end = find(closing, from: cursor) else {
                throw error("tag opened here is never closed with '\(String(decoding: closing, as: UTF8.self))'", at: start)
            }
            var content = trimmed(cursor..<end)
            if sigil == 0, let first = content.first, Self.sigils.contains(bytes[first]) {
                sigil = bytes[first]
                content = trimmed(content.dropFirst())
                // With other delimiters, `<%{name}%>` is the triple form: its closing brace is inside the tag.
                if sigil == UInt8(ascii: "{"), let last = content.last, bytes[last] == UInt8(ascii: "}") {
                    content = trimmed(content.dropLast())
                }
            }
            if sigil == UInt8(ascii: "=") {
                guard content.count >= 1, bytes[content.upperBound - 1] == UInt8(ascii: "=") else {
                    throw error("a set-delimiter tag must end with '='", at: start)
                }
                content = trimmed(content.lowerBound..<(content.upperBound - 1))
            }
            let afterTag = end + closing.count
            let name = String(decoding: bytes[content], as: UTF8.self)

            // A standalone tag (alone on its line but for spaces) takes its whole line with it.
            var textEnd = start
            var nextText = afterTag
            var indentation = ""
            if Self.standaloneKinds.contains(sigil), let line = standaloneLine(tagStart: start, tagEnd: afterTag) {
                textEnd = line.start
                nextText = line.end
                indentation = String(decoding: bytes[line.start..<start], as: UTF8.self)
            }
            appendText(textStart..<textEnd)
            textStart = nextText
            position = nextText

            switch sigil {
            case UInt8(ascii: "!"):
                break
            case UInt8(ascii: "="):
                let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2 else { throw error("a set-delimiter tag needs two delimiters, as in {{=<% %>=}}", at: start) }
                openDelimiter = Array(parts[0].utf8)
                closeDelimiter = Array(parts[1].utf8)
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "<"), UInt8(ascii: "$"):
                guard !name.isEmpty else { throw error("a section tag needs a name", at: start) }
                stack.append(Open(kind: sigil, path: name, offset: start))
            case UInt8(ascii: "/"):
                guard stack.count > 1, let open = stack.last else {
                    throw error("closing tag '\(name)' has no opening tag", at: start)
                }
                guard open.path == name else {
                    throw error("closing tag '\(name)' does not match the open section '\(open.path)'", at: start)
                }
                stack.removeLast()
                switch open.kind {
                case UInt8(ascii: "<"):
                    var blocks: [String: [TemplateNode]] = [:]
                    for case .block(let blockName, let nodes) in open.nodes { blocks[blockName] = nodes }
                    append(.parent(name: open.path, blocks: blocks))
                case UInt8(ascii: "$"):
                    append(.block(name: open.path, nodes: open.nodes))
                default:
                    append(.section(path: Self.path(open.path), nodes: open.nodes, inverted: open.kind == UInt8(ascii: "^")))
                }
            case UInt8(ascii: ">"):
                guard !name.isEmpty else { throw error("a partial tag needs a name", at: start) }
                let partial = IndentedPartial(name: name, indentation: indentation)
                if !indentation.isEmpty { indentedPartials.insert(partial) }
                append(.partial(key: partial.key))
            default:
                guard !name.isEmpty else { throw error("empty tag", at: start) }
                append(.variable(path: Self.path(name), escaped: sigil == 0))
            }
        }
        appendText(textStart..<bytes.count)
        if stack.count > 1, let open = stack.last {
            throw error("unclosed section '\(open.path)'", at: open.offset)
        }
        return stack[0].nodes
    }

    /// Tags that may stand alone on a line (everything but interpolation).
    private static let standaloneKinds: Set<UInt8> = Set("#^/!=><$".utf8)
    /// The characters that open a tag's kind.
    private static let sigils: Set<UInt8> = Set("#^/!=><$&{".utf8)

    /// `a.b.c` as `["a", "b", "c"]`; `.` as the empty path.
    static func path(_ name: String) -> [String] {
        name == "." ? [] : name.split(separator: ".").map(String.init)
    }

    /// The line around a tag when nothing but spaces and tabs share it: from the line's start to just
    /// after its line break (or the end of the template).
    private func standaloneLine(tagStart: Int, tagEnd: Int) -> (start: Int, end: Int)? {
        var start = tagStart
        while start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") { start -= 1 }
        guard start == 0 || bytes[start - 1] == UInt8(ascii: "\n") else { return nil }
        var end = tagEnd
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        if end == bytes.count { return (start, end) }
        if bytes[end] == UInt8(ascii: "\n") { return (start, end + 1) }
        if bytes[end] == UInt8(ascii: "\r"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "\n") { return (start, end + 2) }
        return nil
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] { matched = false; break }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        var line = 1, lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return TemplateSyntaxError(message: message, line: line, column: offset - lineStart + 1)
    }

    /// A partial's text with `indentation` before each of its lines, as the spec indents a standalone
    /// partial (the text is indented before it is parsed, so values put into it are not).
    static func indent(_ text: String, with indentation: String) -> String {
        var result = ""
        var atLineStart = true
        for character in text {
            if atLineStart { result += indentation }
            result.append(character)
            atLineStart = character == "\n"
        }
        return result
    }
}
