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
    /// Links and images with where they are in the Markdown, for link and alt-text checks.
    public var references: [LinkReference] = []

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

/// A link or image in a Markdown text.
public struct LinkReference: Sendable, Equatable {
    /// The URL after rewriting.
    public var url: String
    /// The URL as the author wrote it, for messages.
    public var written: String
    /// One-based line and column in the Markdown text (not the file: add the body's first line).
    public var line: Int
    public var column: Int
    /// Whether it is an image; then `alt` is its alternative text (empty when missing).
    public var isImage: Bool
    public var alt: String

    /// Creates a reference.
    public init(url: String, written: String, line: Int, column: Int, isImage: Bool, alt: String) {
        self.url = url
        self.written = written
        self.line = line
        self.column = column
        self.isImage = isImage
        self.alt = alt
    }
}
