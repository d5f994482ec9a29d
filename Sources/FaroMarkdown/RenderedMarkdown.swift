/// The result of rendering one Markdown text.
public struct RenderedMarkdown: Sendable, Equatable {
    /// The HTML body.
    public var html: String
    /// Headings in document order, with the `id` each got in the HTML.
    public var headings: [Heading]
    /// Plain text of the first paragraph, shortened for listings.
    public var summary: String
    /// URLs of links and images, after rewriting, in document order.
    public var links: [String]

    /// Creates a result.
    public init(html: String, headings: [Heading], summary: String, links: [String]) {
        self.html = html
        self.headings = headings
        self.summary = summary
        self.links = links
    }
}

/// A heading of a document.
public struct Heading: Sendable, Equatable {
    /// 1 for `#`, up to 6.
    public var level: Int
    /// The heading's plain text.
    public var text: String
    /// The `id` attribute given to it, unique in the document.
    public var anchor: String

    /// Creates a heading.
    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}
