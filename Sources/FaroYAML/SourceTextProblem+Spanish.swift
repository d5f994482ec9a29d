import FaroCore

extension SourceTextProblem {
    /// The message in Spanish, for staff who edit the site in Spanish.
    public var spanish: String {
        switch self {
        case .unreadable(let reason):
            return "no se puede leer el archivo: \(reason); revisa que exista y que tengas permiso para abrirlo"
        case .notUTF8:
            return "el archivo no es texto UTF-8; guárdalo otra vez con la codificación UTF-8"
        case .tooLarge(let bytes, let limit):
            return "el archivo mide \(bytes / 1_048_576) MB; un archivo de contenido puede medir como máximo \(limit / 1_048_576) MB (divídelo, o pon un enlace al documento grande en lugar de incluirlo)"
        case .symbolicLink:
            return "Faro no sigue los enlaces simbólicos: copia el archivo dentro de la carpeta de contenido"
        case .notAFile:
            return "esto no es un archivo normal (puede ser una carpeta); cámbiale el nombre o quítalo de aquí"
        }
    }
}
