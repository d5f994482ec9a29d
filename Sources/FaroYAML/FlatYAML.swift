import Yams

/// Reads the flat YAML of ordinary front matter — one `key: value` per line, values plain or quoted
/// on one line, lists written `[a, b]` — into the node tree Yams makes of it, without Yams' parser.
///
/// Yams resolves every scalar's tag with regular expressions and hashes every key, which cost more than
/// the rest of reading a page. This reader takes only text it is sure about and returns nil for anything
/// else (comments, block lists, anchors, escapes, tabs, a key twice…), which is then read by
/// `YAMLDocument.parse`. The nodes carry no marks: messages about a document always come from that parser.
public struct FlatYAML {
    /// The mapping of `text`, or nil when the text is not flat YAML this reader is sure about.
    public static func parse(_ text: String) -> Node? {
        var text = text
        return text.withUTF8 { bytes in
            guard isPrintable(bytes) else { return nil }
            return FlatYAML().mapping(bytes)
        }
    }

    /// Shared by the document's tags, as Yams' parser shares one: making one per tag cost more than the parse.
    private let constructor = Constructor.default

    private func tag() -> Tag { Tag(.implicit, .default, constructor) }

    private func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ style: Node.Scalar.Style) -> Node {
        Node.scalar(.init(String(decoding: bytes, as: UTF8.self), tag(), style))
    }

    /// The whole document: `key: value` lines and empty lines, each key once.
    private func mapping(_ bytes: UnsafeBufferPointer<UInt8>) -> Node? {
        var pairs: [(Node, Node)] = []
        var keys: Set<String> = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != Self.newline { lineEnd += 1 }
            if lineEnd > lineStart {
                guard let (key, value) = entry(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])),
                      let keyText = key.scalar?.string, keys.insert(keyText).inserted else { return nil }
                pairs.append((key, value))
            }
            lineStart = lineEnd + 1
        }
        return pairs.isEmpty ? nil : Node.mapping(.init(pairs, tag(), .block))
    }

    /// One `key: value` line: a key of `a-z` and `_` at the start of the line, `:`, at least one space, a value.
    private func entry(_ line: UnsafeBufferPointer<UInt8>) -> (Node, Node)? {
        var colon = 0
        while colon < line.count, Self.isKeyByte(line[colon]) { colon += 1 }
        guard colon > 0, colon + 1 < line.count, line[colon] == UInt8(ascii: ":"), line[colon + 1] == Self.space else { return nil }
        var valueStart = colon + 1
        while valueStart < line.count && line[valueStart] == Self.space { valueStart += 1 }
        var valueEnd = line.count
        while valueEnd > valueStart && line[valueEnd - 1] == Self.space { valueEnd -= 1 }
        guard valueStart < valueEnd, let value = blockValue(UnsafeBufferPointer(rebasing: line[valueStart..<valueEnd])) else { return nil }
        return (scalar(UnsafeBufferPointer(rebasing: line[..<colon]), .plain), value)
    }

    /// A value in block context: a quoted text, a `[…]` list, or a plain text.
    private func blockValue(_ value: UnsafeBufferPointer<UInt8>) -> Node? {
        if let quoted = quotedScalar(value) { return quoted }
        switch value[0] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return nil
        case UInt8(ascii: "["):
            guard value[value.count - 1] == UInt8(ascii: "]") else { return nil }
            return flowSequence(UnsafeBufferPointer(rebasing: value[1..<value.count - 1]))
        default:
            guard Self.startsPlain(value[0]) else { return nil }
            // `: ` or a `:` at the end would start a mapping, and ` #` a comment.
            for index in value.indices {
                let next = index + 1 < value.count ? value[index + 1] : Self.space
                if value[index] == UInt8(ascii: ":") && next == Self.space { return nil }
                if value[index] == Self.space && next == UInt8(ascii: "#") { return nil }
            }
            return scalar(value, .plain)
        }
    }

    /// The items of a `[…]` list, each a quoted text or a plain text without flow indicators, `:`, `#` or quotes.
    private func flowSequence(_ inner: UnsafeBufferPointer<UInt8>) -> Node? {
        var items: [Node] = []
        let isEmpty = inner.allSatisfy { $0 == Self.space }
        var itemStart = 0
        while !isEmpty && itemStart <= inner.count {
            var itemEnd = itemStart
            while itemEnd < inner.count && inner[itemEnd] != UInt8(ascii: ",") { itemEnd += 1 }
            var start = itemStart, end = itemEnd
            while start < end && inner[start] == Self.space { start += 1 }
            while end > start && inner[end - 1] == Self.space { end -= 1 }
            guard start < end else { return nil }
            let item = UnsafeBufferPointer(rebasing: inner[start..<end])
            if let quoted = quotedScalar(item) {
                items.append(quoted)
            } else {
                guard Self.startsPlain(item[0]), !item.contains(where: Self.flowPlainExcluded.contains) else { return nil }
                items.append(scalar(item, .plain))
            }
            itemStart = itemEnd + 1
        }
        return Node.sequence(.init(items, tag(), .flow))
    }

    /// `"…"` without `"` or `\` inside, or `'…'` without `'` or `\` inside; nil for anything else.
    private func quotedScalar(_ value: UnsafeBufferPointer<UInt8>) -> Node? {
        guard value.count >= 2, let quote = value.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
              value[value.count - 1] == quote else { return nil }
        let inner = UnsafeBufferPointer(rebasing: value[1..<value.count - 1])
        guard !inner.contains(quote), !inner.contains(UInt8(ascii: "\\")) else { return nil }
        return scalar(inner, quote == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted)
    }

    /// Whether every character is one YAML allows and this reader handles: no tab, `\r`, control
    /// character, BOM, or the line breaks `U+0085`, `U+2028` and `U+2029` (the bytes are valid UTF-8).
    private static func isPrintable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte == newline || (0x20..<0x7F).contains(byte) else { return false }
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= bytes.count else { return false }
            if length == 2 {
                // U+0080–U+009F are C1 controls, U+0085 among them.
                guard byte != 0xC2 || bytes[index + 1] >= 0xA0 else { return false }
            } else if length == 3 {
                let second = bytes[index + 1], third = bytes[index + 2]
                if byte == 0xE2 && second == 0x80 && (third == 0xA8 || third == 0xA9) { return false }
                if byte == 0xEF && second == 0xBB && third == 0xBF { return false }
                // U+FFFE and U+FFFF are not characters.
                if byte == 0xEF && second == 0xBF && third >= 0xBE { return false }
            }
            index += length
        }
        return true
    }

    /// Whether a plain text may start with this byte: not a YAML indicator, a space or a quote.
    private static func startsPlain(_ byte: UInt8) -> Bool {
        !plainStartExcluded.contains(byte)
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "_")
    }

    private static let plainStartExcluded: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@` ".utf8)
    private static let flowPlainExcluded: Set<UInt8> = Set(",[]{}:#'\"".utf8)
    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
}
