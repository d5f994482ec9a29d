/// Writes a `ShelterDraft` as a record file in the style of the sample records: keys in their order,
/// free text in double quotes, lists and phones in flow style.
enum ShelterYAML {
    /// The file's text.
    static func text(_ draft: ShelterDraft) -> String {
        var lines = [draft.example
            ? "# Sample record imported from a spreadsheet: this place does not exist."
            : "# Imported from a spreadsheet with 'faro import shelters'; check it before publishing."]
        lines.append("id: \(draft.id)")
        if draft.example { lines.append("example: true") }
        lines.append("name: \(quoted(draft.name))")
        lines.append("kind: shelter")
        if let organization = draft.organization { lines.append("organization: \(organization)") }
        lines.append("state: \(scalar(draft.state.name))")
        lines.append("city: \(scalar(draft.city))")
        if let address = draft.address { lines.append("address: \(quoted(address))") }
        if let point = draft.coordinates { lines.append("location: {lat: \(point.lat), lon: \(point.lon)}") }
        if !draft.phones.isEmpty {
            lines.append("phones:")
            lines += draft.phones.map { "  - {number: \(quoted($0.number.display)), kind: \($0.kind)}" }
        }
        if let email = draft.email { lines.append("email: \(quoted(email))") }
        if let website = draft.website { lines.append("website: \(quoted(website))") }
        for (key, values) in [("services", draft.services), ("populations", draft.populations), ("languages", draft.languages)] where !values.isEmpty {
            lines.append("\(key): [\(values.joined(separator: ", "))]")
        }
        if let hours = draft.hours { lines.append("hours: \(quoted(hours.text))") }
        if let capacity = draft.capacity { lines.append("capacity: \(capacity)") }
        if let cost = draft.cost { lines.append("cost: \(cost)") }
        lines.append("last_verified: \(draft.lastVerified)")
        lines.append("source: \(quoted(draft.source))")
        for (key, texts) in [("requirements", draft.requirements), ("description", draft.description)] where !texts.isEmpty {
            lines.append("\(key):")
            lines += ["es", "en"].compactMap { code in texts[code].map { "  \(code): \(quoted($0))" } }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The top-level key whose value covers a 1-based line of `text`, to place the build's messages.
    static func key(atLine line: Int, of text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in stride(from: min(line, lines.count) - 1, through: 0, by: -1) {
            let candidate = lines[index]
            if let first = candidate.first, first != " ", first != "#", let colon = candidate.firstIndex(of: ":") {
                return String(candidate[..<colon])
            }
        }
        return nil
    }

    /// Plain when YAML reads it back as the same text (`Ciudad Juárez`), quoted otherwise (`"No"`, `"Tijuana: Centro"`).
    static func scalar(_ text: String) -> String {
        let special: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]
        let plain = text.first?.isLetter == true && text.last?.isLetter == true
            && text.allSatisfy { $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" }
            && !text.contains("  ") && !special.contains(text.lowercased())
        return plain ? text : quoted(text)
    }

    /// A YAML double-quoted scalar: backslash, quote, and every line-breaking or control character escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || value == 0x85 || value == 0x2028 || value == 0x2029 || value == 0xFEFF {
                    let hex = String(value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
