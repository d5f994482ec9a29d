import FaroCore

extension LinkProblem {
    /// The message in Spanish, for staff who edit the site in Spanish.
    public var spanish: String {
        switch self {
        case .brokenLink(let url):
            return "el enlace a \(url) no lleva a ningún lado: ninguna página ni archivo del sitio tiene esa dirección; corrige el enlace"
        case .missingAnchor(let url, let anchor):
            return "enlace a \(url): la página no tiene ningún título con el ancla '#\(anchor)'; corrige el ancla o el título"
        case .missingAltText(let url):
            return "la imagen \(url) no tiene texto alternativo, que necesita quien no puede ver o cargar imágenes: escríbelo entre los corchetes, ![así](\(url))"
        }
    }
}
