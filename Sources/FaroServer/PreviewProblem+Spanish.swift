import FaroCore

extension PreviewProblem {
    /// The message in Spanish, for staff who preview the site in Spanish; options stay as they are typed.
    public var spanish: String {
        switch self {
        case .contentNotFound(let path):
            return "no hay carpeta de contenido en \(path); ejecuta faro serve en la carpeta del portal, o indica la carpeta con --content"
        case .invalidHost(let host):
            return "'\(host)' no es una dirección IP; usa 127.0.0.1 (la que se usa si no escribes nada), ::1 u otra dirección de esta computadora"
        case .cannotListen(let host, let port, let reason):
            return "no se puede abrir la vista previa en \(host):\(port): \(reason); prueba otro puerto con --port, o --port 0 para que se elija uno libre"
        case .cannotCreateSiteFolder(let path, let reason):
            return "no se puede crear la carpeta de la vista previa \(path): \(reason)"
        }
    }
}
