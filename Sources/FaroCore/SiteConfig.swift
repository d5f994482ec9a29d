/// The site's settings from `Content/site.yaml`, validated.
public struct SiteConfig: Sendable {
    /// Site title per language code.
    public var title: [String: String]
    /// Short name for the header (`Faro`).
    public var name: String
    /// Absolute base URL, always ending in `/` (`https://example.org/portal/`).
    public var baseURL: String {
        didSet { basePath = Self.path(of: baseURL) }
    }
    /// The path part of the base URL (`/` or `/portal/`), prefixed to every site link; kept with
    /// `baseURL` because every link of every page asks for it.
    public private(set) var basePath: String
    /// Name of the theme folder under `Themes/`.
    public var theme: String
    /// Languages in declared order; exactly one is the default.
    public var languages: [Language]
    /// Paper size for print editions.
    public var paper: PaperSize
    /// Budget per HTML page, in kilobytes gzipped.
    public var pageBudgetKB: Int
    /// Days after which a directory record counts as stale.
    public var staleAfterDays: Int
    /// The top-level content folder whose sections are guides (printed as booklets).
    public var guidesFolder: String
    /// Whether sample directory records (`example: true`) go into the open-data exports.
    public var exportExamples = false
    /// How a link to a missing page or anchor is reported: `error` (the default), `warning` or `ignore`.
    public var brokenLinks: Severity? = .error
    /// Whether offline copies (a zip per language) are written under `offline/`.
    public var offline = false
    /// Whether `.gz` and `.br` copies of text files are written for servers that send them as they are.
    public var precompress = true

    /// Creates a configuration; `languages` must hold exactly one default.
    public init(title: [String: String], name: String = "Faro", baseURL: String, theme: String = "default", languages: [Language],
                paper: PaperSize = .letter, pageBudgetKB: Int = 14, staleAfterDays: Int = 180, guidesFolder: String = "guides") {
        self.title = title
        self.name = name
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.basePath = Self.path(of: self.baseURL)
        self.theme = theme
        self.languages = languages
        self.paper = paper
        self.pageBudgetKB = pageBudgetKB
        self.staleAfterDays = staleAfterDays
        self.guidesFolder = guidesFolder
    }

    /// The default (source) language.
    public var defaultLanguage: Language { languages.first(where: \.isDefault) ?? languages[0] }

    /// The language with a code, if the site has it.
    public func language(_ code: String) -> Language? { languages.first { $0.code == code } }

    /// The title in a language, falling back to the default language.
    public func title(in code: String) -> String {
        title[code] ?? title[defaultLanguage.code] ?? ""
    }

    private static func path(of baseURL: String) -> String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[schemeEnd.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    /// The site path of a route below the base URL (`/portal/es/`).
    public func href(_ route: Route) -> String {
        basePath + route.path.dropFirst()
    }

    /// The absolute URL of a route (`https://example.org/portal/es/`).
    public func absoluteURL(_ route: Route) -> String {
        baseURL + route.path.dropFirst()
    }
}

/// Paper size of print editions.
public enum PaperSize: String, Sendable, CaseIterable {
    /// US Letter, used in Mexico.
    case letter
    /// ISO A4.
    case a4
}
