/// Writes user text as a YAML double-quoted scalar, so any title or name reads back unchanged.
enum YAMLScalar {
    /// `Casa "Norte": Tijuana` → `"Casa \"Norte\": Tijuana"`; line breaks and tabs become spaces.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for character in text {
            switch character {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n", "\r", "\r\n", "\t": output += " "
            default: output.append(character)
            }
        }
        return output + "\""
    }
}
