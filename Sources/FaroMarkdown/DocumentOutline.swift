import Foundation
import CCmarkGFM
import FaroCore

/// One walk over a parsed document: collects headings, the summary and links, and rewrites URLs in place.
struct DocumentOutline {
    var headings: [Heading] = []
    var summary = ""
    var links: [String] = []
    var references: [LinkReference] = []

    static let summaryLimit = 200

    init(document: OpaquePointer, rewriteURL: MarkdownRenderer.URLRewriter?) {
        var usedAnchors: [String: Int] = [:]
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                let text = Self.plainText(of: node)
                let slug = Slug.make(text)
                let base = slug.isEmpty ? "section" : slug
                let count = usedAnchors[base, default: 0] + 1
                usedAnchors[base] = count
                let anchor = count == 1 ? base : "\(base)-\(count)"
                headings.append(Heading(level: Int(cmark_node_get_heading_level(node)), text: text, anchor: anchor))
            } else if type == CMARK_NODE_PARAGRAPH, summary.isEmpty, !Self.isInsideListOrQuote(node) {
                summary = Self.shorten(Self.plainText(of: node))
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                var url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let written = url
                if let rewriteURL {
                    let rewritten = rewriteURL(url, type == CMARK_NODE_IMAGE)
                    if rewritten != url {
                        cmark_node_set_url(node, rewritten)
                        url = rewritten
                    }
                }
                links.append(url)
                references.append(LinkReference(url: url, written: written, line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)),
                                                isImage: type == CMARK_NODE_IMAGE,
                                                alt: type == CMARK_NODE_IMAGE ? Self.plainText(of: node).trimmingCharacters(in: .whitespaces) : ""))
            }
        }
    }

    /// The text of a node's inline children, with markup dropped.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            } else {
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }

    static func isInsideListOrQuote(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_ITEM || type == CMARK_NODE_BLOCK_QUOTE { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    /// Cuts at a word boundary and adds an ellipsis when the text is longer than the limit.
    static func shorten(_ text: String) -> String {
        // Counts characters only up to the limit: a first paragraph can be long, and counting is grapheme work.
        guard text.utf8.count > summaryLimit,
              let end = text.index(text.startIndex, offsetBy: summaryLimit, limitedBy: text.endIndex), end < text.endIndex else {
            return text
        }
        let cut = text[..<end]
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingTrailingPunctuation() + "…"
    }
}

private extension Substring {
    func trimmingTrailingPunctuation() -> String {
        var text = self
        while let last = text.last, last == "," || last == ";" || last == ":" || last == " " { text = text.dropLast() }
        return String(text)
    }
}
