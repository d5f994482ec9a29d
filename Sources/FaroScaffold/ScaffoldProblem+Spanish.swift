import FaroCore

extension ScaffoldProblem {
    /// The message in Spanish, for staff who create pages and records in Spanish; options stay as they are typed.
    public var spanish: String {
        switch self {
        case .fileExists(let path):
            return "\(path) ya existe; faro new nunca reemplaza un archivo, así que elige otro nombre"
        case .notASlug(let text, let suggestion):
            return "'\(text)' no sirve como slug (solo letras minúsculas a-z, números 0-9 y guiones en medio)" + (suggestion.isEmpty ? "" : "; usa '\(suggestion)'")
        case .unknownLanguage(let code, let known):
            return "'\(code)' no es un idioma de este sitio (\(known.joined(separator: ", ")))"
        case .unknownState(let state):
            return "'\(state)' no es un estado de México; consulta la lista en Content/directory/SCHEMA.md"
        case .missingValue(let key):
            return "\(key) es obligatorio y no puede quedar vacío"
        case .missingSource:
            return "un registro real necesita su fuente, es decir, cómo se verificaron sus datos (--source \"Llamada al 868 000 0000\")"
        case .writeFailed(let path, let reason):
            return "no se puede escribir \(path): \(reason)"
        }
    }
}
