import FaroCore

extension ContentProblem {
    /// The message in Spanish, for staff who edit the site in Spanish; keys and file names stay as they are written.
    public var spanish: String {
        switch self {
        case .missingSiteConfig:
            return "no se encontró site.yaml: la carpeta de contenido necesita uno (consulta el README)"
        case .noLanguages:
            return "'languages' debe tener al menos un idioma; agrega uno"
        case .emptyLanguageCode:
            return "un idioma tiene el 'code' vacío; escribe su código, como es o en"
        case .duplicateLanguage(let code):
            return "el idioma '\(code)' está declarado más de una vez; deja solo uno"
        case .defaultLanguageCount(let count):
            return count == 0
                ? "ningún idioma tiene 'default: true'; agrégalo al idioma principal"
                : "\(count) idiomas tienen 'default: true'; déjalo solo en uno"
        case .unknownLanguageSuffix(let code):
            return "la terminación de idioma '.\(code)' no es de ninguno de los idiomas de site.yaml; corrige el nombre del archivo o agrega el idioma a site.yaml"
        case .missingFrontMatter:
            return "la página no tiene encabezado (front matter): empieza el archivo con una línea '---', después 'title: …' y otra línea '---'"
        case .unterminatedFrontMatter:
            return "el encabezado (front matter) no está cerrado: agrega una línea con '---' al final del encabezado"
        case .invalidSlug(let slug, let suggestion):
            return "'slug': '\(slug)' solo puede tener letras minúsculas, números y guiones (prueba con '\(suggestion)')"
        case .unusableFileName(let name):
            return "no se puede hacer una dirección web con el nombre de archivo '\(name)'; usa letras o números en el nombre"
        case .duplicateURL(let url, let other):
            return "la dirección \(url) también la usa \(other); cambia el nombre o el 'slug' de una de las dos"
        case .invalidAlias(let alias):
            return "'aliases': '\(alias)' debe ser una ruta del sitio que empiece con '/', como /es/viejo/"
        case .symbolicLink:
            return "Faro no sigue los enlaces simbólicos: mejor copia el archivo o la carpeta dentro de la carpeta de contenido"
        }
    }
}
