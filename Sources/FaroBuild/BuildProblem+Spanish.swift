import FaroCore

extension BuildProblem {
    /// The message in Spanish, for staff who edit the site in Spanish.
    public var spanish: String {
        switch self {
        case .writeFailed(let path, let reason):
            return "no se puede escribir \(path): \(reason)"
        case .outputNotOwned(let path):
            return "la carpeta de salida '\(path)' tiene archivos que Faro no hizo; elige una carpeta vacía o nueva, o vacíala tú"
        case .outputForbidden(let path):
            return "la carpeta de salida '\(path)' reemplazaría el contenido, el tema o una carpeta del sistema; elige otra"
        case .duplicateOutput(let path):
            return "dos archivos se escribirían en \(path); revisa que no haya dos páginas o archivos con el mismo nombre"
        case .renderFailed(let reason):
            return "no se pudo generar la página: \(reason)"
        case .stepOrder(let reason):
            return "error interno de Faro: \(reason); avisa al equipo técnico"
        }
    }
}
