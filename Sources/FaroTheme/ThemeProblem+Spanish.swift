import FaroCore

extension ThemeProblem {
    /// The message in Spanish, for staff who edit the site in Spanish; template names stay as they are written.
    public var spanish: String {
        switch self {
        case .missingTheme(let path):
            return "no se encontró la carpeta del tema '\(path)'; revisa el nombre y la ubicación del tema"
        case .missingTemplate(let name):
            return "no se encontró la plantilla '\(name).mustache' en la carpeta templates del tema; agrégala"
        case .missingPartial(let name):
            return "no se encontró la plantilla parcial '\(name)': agrega templates/\(name).mustache o corrige el nombre"
        case .templateSyntax(let reason):
            return "la plantilla Mustache no es válida: \(reason)"
        case .unknownStringKey(let key):
            return "el texto de la interfaz 't.\(key)' no está en el catálogo i18n del idioma principal; agrégalo ahí o corrige el nombre"
        }
    }
}
