import FaroCore

/// Problems with links and images in pages.
public enum LinkProblem: FaroProblem, Equatable {
    /// A link to a page or file of the site that does not exist.
    case brokenLink(String)
    /// A link to an anchor (`#…`) that the target page does not have; names the anchor.
    case missingAnchor(url: String, anchor: String)
    /// An image without alternative text, which readers without images (or without data) need.
    case missingAltText(String)

    public var description: String {
        switch self {
        case .brokenLink(let url): return "link to \(url) leads nowhere: no page or file of the site has that address"
        case .missingAnchor(let url, let anchor): return "link to \(url): the page has no heading with the anchor '#\(anchor)'"
        case .missingAltText(let url): return "image \(url) has no alternative text: write it between the brackets, ![like this](\(url))"
        }
    }
}
