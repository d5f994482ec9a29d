import Foundation
import CCmarkGFM
import FaroCore

/// Renders GitHub-flavoured Markdown to HTML through cmark-gfm, and reports what the text contains.
public struct MarkdownRenderer: Sendable {
    /// Rewrites a URL found in a link or image (`isImage`), e.g. to resolve a page resource or add the base path.
    public typealias URLRewriter = @Sendable (_ url: String, _ isImage: Bool) -> String

    /// GFM extensions every page gets; tagfilter keeps `<script>` and friends inert even where HTML is allowed.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private let rewriteURL: URLRewriter?

    /// Creates a renderer; `rewriteURL` sees every link and image URL before rendering.
    public init(rewriteURL: URLRewriter? = nil) {
        self.rewriteURL = rewriteURL
    }

    /// Renders `text`; raw HTML is dropped unless `allowHTML` is set.
    public func render(_ text: String, allowHTML: Bool = false) -> RenderedMarkdown {
        CmarkRegistry.ensureRegistered()
        // No CMARK_OPT_VALIDATE_UTF8: a Swift string is valid UTF-8 already, so cmark-gfm's check would find nothing.
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        if allowHTML { options |= CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS }
        guard let parser = cmark_parser_new(options) else { return RenderedMarkdown(html: "", headings: [], summary: "", links: []) }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        // cmark-gfm copies what it is fed, so the string's own bytes are lent to it (copied once only if the
        // string is not stored contiguously, as a bridged one may not be).
        func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
        }
        if text.utf8.withContiguousStorageIfAvailable(feed) == nil {
            Array(text.utf8).withUnsafeBufferPointer(feed)
        }
        guard let document = cmark_parser_finish(parser) else { return RenderedMarkdown(html: "", headings: [], summary: "", links: []) }
        defer { cmark_node_free(document) }

        let outline = DocumentOutline(document: document, rewriteURL: rewriteURL)
        // Raw HTML mode turns off cmark-gfm's own URL check; the filter restores it and guards raw tags.
        if allowHTML { ScriptFilter.apply(to: document) }
        guard let raw = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return RenderedMarkdown(html: "", headings: outline.headings, summary: outline.summary, links: outline.links)
        }
        defer { free(raw) }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw))
        let html = HeadingAnchors.insert(outline.headings, into: bytes, markedBySourcePosition: allowHTML)
        var rendered = RenderedMarkdown(html: html, headings: outline.headings, summary: outline.summary, links: outline.links)
        rendered.references = outline.references
        return rendered
    }
}

/// cmark-gfm's extension registry is process-global and must be filled once before any lookup.
enum CmarkRegistry {
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static func ensureRegistered() { _ = registered }
}
