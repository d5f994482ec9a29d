import FaroContent
import FaroCore

/// Which files of a built site go into one language's offline copy: everything the build wrote under the
/// language's folder (pages, the images beside them, its PDFs, its feed) except redirect pages at old
/// addresses, plus the root page, the 404 page and the site's static files. Compressed copies (`.gz`,
/// `.br`), the open data (`data/`), other languages and the archives themselves stay out, to keep the copy
/// small; links to them go to the online site.
struct OfflineSelection: Sendable {
    /// Every file the build wrote, relative to the output folder.
    let written: Set<String>
    /// The site's language codes.
    let languages: Set<String>
    /// Files copied from `Content/static/` and the theme's `static/`.
    let staticFiles: Set<String>
    /// Redirect pages written at the pages' old addresses (`aliases`).
    let aliases: Set<String>

    /// The selection for a site whose build wrote `written`.
    init(content: SiteContent, themeStaticFiles: [String], written: [String]) {
        self.written = Set(written)
        languages = Set(content.config.languages.map(\.code))
        staticFiles = Set(content.staticFiles.map(\.target) + themeStaticFiles)
        aliases = Set(content.pages.flatMap { $0.frontMatter.aliases.map { Route(sitePath: $0).outputFile } })
    }

    /// The files of the copy in `language`, relative to the site root, sorted by their bytes.
    func paths(for language: String) -> [String] {
        written.filter { path in
            guard !path.hasSuffix(".gz"), !path.hasSuffix(".br"), !aliases.contains(path) else { return false }
            if path.hasPrefix(language + "/") || path == "index.html" || path == "404.html" { return true }
            let top = path.split(separator: "/").first.map(String.init) ?? path
            return staticFiles.contains(path) && !languages.contains(top) && top != "data" && top != "offline"
        }
        .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
