/// One file that `faro new` writes.
public struct ScaffoldFile: Sendable, Equatable {
    /// The path inside the content folder (`guias/nueva-pagina.es.md`).
    public let path: String
    /// The whole text of the file.
    public let text: String

    /// Creates a file.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
