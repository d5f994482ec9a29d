/// Which URLs from content and records Faro publishes: web addresses (`https:`, `http:`), `mailto:` and
/// `tel:` links, and site paths. Anything that could run script (`javascript:`, `vbscript:`, `data:`) or
/// break out of an attribute, a line or the output folder is refused where it is read.
public enum SafeURL {
    /// Schemes a link written by a person may use.
    public static let allowedSchemes: Set<String> = ["https", "http", "mailto", "tel"]

    /// An absolute `https://` or `http://` address with a host, and nothing that cannot appear in a URL.
    public static func isWebAddress(_ text: String) -> Bool {
        guard let scheme = scheme(of: text), scheme == "https" || scheme == "http", hasOnlyURLCharacters(text) else { return false }
        let rest = text.dropFirst(scheme.count + 1)
        guard rest.hasPrefix("//") else { return false }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        return !host.isEmpty && !host.hasPrefix(":")
    }

    /// A path inside the site (`/es/viejo/`, `/guia.html`): it starts with one `/`, and no segment is empty,
    /// `.`, `..` or hidden (`.htaccess`), so it names a file inside the output folder and nothing else.
    public static func isSitePath(_ text: String) -> Bool {
        guard text.hasPrefix("/"), !text.hasPrefix("//"), text != "/", hasOnlyURLCharacters(text) else { return false }
        let segments = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            if segment.isEmpty && index == segments.count - 1 { continue }
            if segment.isEmpty || segment.hasPrefix(".") || segment.contains("?") || segment.contains("#") { return false }
        }
        return true
    }

    /// Whether a link may be published: it has one of `allowedSchemes`, or no scheme (a path or a fragment).
    public static func hasAllowedScheme(_ text: String) -> Bool {
        scheme(of: text).map(allowedSchemes.contains) ?? true
    }

    /// The scheme of a URL, lowercased (`javascript` for `JavaScript:…`), or nil when it has none.
    public static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) else { return nil }
        return scheme.lowercased()
    }

    /// No spaces, control characters, or characters that end an attribute or a tag (`"`, `<`, `>`, `` ` ``),
    /// nor a backslash, which browsers read as `/` (so `/\evil.example` would leave the site).
    static func hasOnlyURLCharacters(_ text: String) -> Bool {
        !text.isEmpty && !text.unicodeScalars.contains { scalar in
            scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isWhitespace
                || ["\"", "<", ">", "`", "\\"].contains(scalar)
        }
    }
}
