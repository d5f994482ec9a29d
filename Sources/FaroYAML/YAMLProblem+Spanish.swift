import FaroCore

extension YAMLProblem {
    /// The message in Spanish, for staff who edit the site in Spanish; keys stay as they are written.
    public var spanish: String {
        switch self {
        case .invalidYAML(let reason):
            return "el YAML no es válido: \(reason); revisa los espacios al inicio de la línea y los dos puntos después de cada clave"
        case .notAMapping(let key):
            return key.map { "'\($0)' debe tener pares de clave y valor (clave: valor)" } ?? "aquí se esperan pares de clave y valor (clave: valor)"
        case .unknownKey(let key, let suggestion):
            return "la clave '\(key)' no existe" + (suggestion.map { " (¿quisiste decir '\($0)'?)" } ?? "") + "; corrígela o bórrala"
        case .missingKey(let key):
            return "falta la clave obligatoria '\(key)'; agrégala"
        case .duplicateKey(let key):
            return "la clave '\(key)' aparece más de una vez; deja solo una"
        case .wrongType(let key, let expected):
            return "'\(key)' debe ser \(Self.spanishExpectation(expected))"
        case .invalidDate(let key, let value):
            return "'\(key)': '\(value)' no es una fecha en la forma AAAA-MM-DD (año-mes-día, por ejemplo 2026-11-29)"
        case .invalidValue(let key, let value, let expected):
            return "'\(key)': '\(value)' no es válido; escribe \(Self.spanishExpectation(expected))"
        case .anchorsNotAllowed:
            return "no se permiten anclas ni alias (&, *); escribe el valor completo en cada lugar"
        case .tabIndentation:
            return "esta línea empieza con un tabulador; en YAML hay que usar espacios"
        case .nestedTooDeeply(let limit):
            return "hay valores metidos unos dentro de otros en más de \(limit) niveles; usa menos niveles"
        }
    }

    /// What a key accepts, in Spanish. Callers pass the English phrase; one not listed here is shown as written.
    static func spanishExpectation(_ expected: String) -> String {
        spanishExpectations[expected] ?? expected
    }

    /// The phrases the readers of site.yaml, front matter, records and catalogs pass as `expected`.
    private static let spanishExpectations: [String: String] = [
        "text": "un texto",
        "a non-empty text": "un texto que no esté vacío",
        "a whole number": "un número entero, sin decimales",
        "true or false": "true (sí) o false (no)",
        "a list of texts": "una lista de textos",
        "a mapping such as {es: …, en: …}": "un texto para cada idioma, como {es: …, en: …}",
        "draft or reviewed": "draft (borrador) o reviewed (revisado)",
        "an absolute http(s) URL": "una dirección web completa que empiece con https:// o http://",
        "letter or a4": "letter (carta) o a4",
        "the name of a top-level content folder, such as guides": "el nombre de una carpeta que esté directamente en la carpeta de contenido, como guides",
        "ltr or rtl": "ltr (de izquierda a derecha) o rtl (de derecha a izquierda)",
        "{lat: number, lon: number}": "{lat: número, lon: número}",
        "a list of {number: …, kind: voice|whatsapp|sms}": "una lista de {number: …, kind: voice|whatsapp|sms}",
        "the name of a folder in Themes/, such as default": "el nombre de una carpeta de Themes/, como default",
        "a language code such as es, en or pt-BR": "un código de idioma como es, en o pt-BR",
    ]
}
