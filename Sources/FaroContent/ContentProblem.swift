import FaroCore

/// Problems in the content folder: its layout, site.yaml and pages.
public enum ContentProblem: FaroProblem, Equatable {
    /// `site.yaml` is missing from the content folder.
    case missingSiteConfig
    /// `site.yaml` declares no language.
    case noLanguages
    /// A language entry has an empty code.
    case emptyLanguageCode
    /// Two languages share a code.
    case duplicateLanguage(String)
    /// No language is marked `default: true`, or more than one is.
    case defaultLanguageCount(Int)
    /// A file's language suffix is not one of the site's languages.
    case unknownLanguageSuffix(String)
    /// A Markdown page does not start with a `---` front matter block.
    case missingFrontMatter
    /// The front matter block is opened with `---` but never closed.
    case unterminatedFrontMatter
    /// A `slug` that is not lowercase letters, digits and hyphens; `suggestion` would be valid.
    case invalidSlug(String, suggestion: String)
    /// A file name from which no URL segment can be made.
    case unusableFileName(String)
    /// Two pages (or a page and an alias) would be written to one URL; names the other source.
    case duplicateURL(String, other: String)
    /// An alias that is not a site path such as `/es/viejo/`.
    case invalidAlias(String)
    /// A symbolic link in the content folder; Faro does not follow links, so nothing outside the folder is published.
    case symbolicLink

    public var description: String {
        switch self {
        case .missingSiteConfig: return "site.yaml not found: the content folder needs one (see README)"
        case .noLanguages: return "'languages' must list at least one language"
        case .emptyLanguageCode: return "a language has an empty 'code'"
        case .duplicateLanguage(let code): return "language '\(code)' is declared more than once"
        case .defaultLanguageCount(let count):
            return count == 0 ? "no language is marked 'default: true'" : "\(count) languages are marked 'default: true'; mark exactly one"
        case .unknownLanguageSuffix(let code): return "language suffix '.\(code)' is not one of the languages in site.yaml"
        case .missingFrontMatter: return "page has no front matter: start the file with a '---' line, 'title: …', and another '---' line"
        case .unterminatedFrontMatter: return "front matter is not closed: add a line with '---' after it"
        case .invalidSlug(let slug, let suggestion):
            return "'slug': '\(slug)' may hold only lowercase letters, digits and hyphens (try '\(suggestion)')"
        case .unusableFileName(let name): return "no URL can be made from the file name '\(name)'; use letters or digits"
        case .duplicateURL(let url, let other): return "URL \(url) is also claimed by \(other)"
        case .invalidAlias(let alias): return "'aliases': '\(alias)' must be a site path starting with '/'"
        case .symbolicLink: return "symbolic links are not followed: copy the file or folder into the content folder instead"
        }
    }
}
