import FaroCore

/// Problems in a theme folder or while rendering through it.
public enum ThemeProblem: FaroProblem, Equatable {
    /// The theme folder does not exist.
    case missingTheme(String)
    /// A template the build needs is not in `templates/`.
    case missingTemplate(String)
    /// A template includes (`{{> name}}`) or extends (`{{< name}}`) a template that does not exist.
    case missingPartial(String)
    /// A template is not valid Mustache; carries the parser's explanation.
    case templateSyntax(String)
    /// A template reads a UI string (`{{t.key}}`) that the default language's catalog does not have.
    case unknownStringKey(String)

    public var description: String {
        switch self {
        case .missingTheme(let path): return "theme folder '\(path)' not found"
        case .missingTemplate(let name): return "template '\(name).mustache' not found in the theme's templates folder"
        case .missingPartial(let name): return "partial '\(name)' not found: add templates/\(name).mustache or fix the name"
        case .templateSyntax(let reason): return "invalid Mustache template: \(reason)"
        case .unknownStringKey(let key): return "UI string 't.\(key)' is not in the default language's i18n catalog; add it there or fix the name"
        }
    }
}
