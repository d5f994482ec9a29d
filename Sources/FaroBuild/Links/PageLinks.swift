import FaroCore
import FaroMarkdown

/// What the link check needs of one rendered page: where it is, its anchors, and its links and images.
struct PageLinks: Sendable {
    let route: Route
    let location: SourceLocation
    let bodyLine: Int
    /// Whether the page shows another language's text (its links are checked on the source page instead).
    let isFallback: Bool
    let anchors: Set<String>
    let references: [LinkReference]

    init(page: Page, markdown: RenderedMarkdown) {
        route = page.route
        location = page.location
        bodyLine = page.bodyLine
        isFallback = page.isFallback
        anchors = Set(markdown.headings.map(\.anchor))
        references = markdown.references
    }

    /// The file position of a reference in the page's Markdown.
    func location(of reference: LinkReference) -> SourceLocation {
        SourceLocation(file: location.file, line: bodyLine + reference.line - 1, column: reference.column)
    }
}
