/// A file's text with `{{name}}` placeholders, kept as plain text so it reads like the file it makes.
struct FileTemplate: Sendable {
    /// The text, placeholders included.
    let text: String

    /// The text with each `{{key}}` replaced by its value, in one pass (a value is never read as a placeholder).
    func render(_ values: [String: String]) -> String {
        var output = ""
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            output += rest[..<open.lowerBound]
            let key = String(rest[open.upperBound..<close.lowerBound])
            output += values[key] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return output + rest
    }
}
