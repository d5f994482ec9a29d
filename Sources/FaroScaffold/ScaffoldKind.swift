/// What `faro new` can create.
public enum ScaffoldKind: String, Sendable, CaseIterable {
    /// A Markdown page: `Content/<path>.<lang>.md`.
    case page
    /// A guide: a folder with an index page and a first chapter.
    case guide
    /// A shelter record: `Content/directory/shelters/<id>.yaml`.
    case shelter
    /// An organisation record: `Content/directory/organizations/<id>.yaml`.
    case organization
}
