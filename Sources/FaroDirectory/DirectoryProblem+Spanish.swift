import FaroCore

extension DirectoryProblem {
    /// The message in Spanish, for staff who edit the directory in Spanish; keys stay as they are written.
    public var spanish: String {
        switch self {
        case .notInVocabulary(let key, let value, let suggestion):
            return "'\(key)': '\(value)' no es un valor permitido"
                + (suggestion.map { " (¿quisiste decir '\($0)'?)" } ?? "; consulta la lista en Content/directory/SCHEMA.md")
        case .unknownState(let state):
            return "'state': '\(state)' no es un estado de México (por ejemplo 'Baja California', 'Nuevo León')"
        case .outsideMexico(let lat, let lon):
            return "'location': \(lat), \(lon) queda fuera de México; revisa que lat y lon no estén al revés y que lon sea negativa"
        case .invalidPhone(let number):
            return "'phones': '\(number)' no es un número de teléfono válido; escribe 10 dígitos para México, o + con la clave del país y el número"
        case .futureDate(let key, let value):
            return "'\(key)': \(value) es una fecha en el futuro; escribe la fecha de hoy o una anterior"
        case .duplicateId(let id, let other):
            return "el id '\(id)' ya lo usa \(other); cambia uno de los dos"
        case .invalidId(let id, let suggestion):
            return "'id': '\(id)' solo puede tener letras minúsculas, números y guiones (prueba con '\(suggestion)')"
        case .sampleOrganization(let id):
            return "'organization': '\(id)' es un registro de ejemplo (example: true); un registro real no puede pertenecer a él"
        case .idMismatch(let id, let fileName):
            return "'id': '\(id)' debe ser igual al nombre del archivo '\(fileName)'; cambia uno de los dos"
        case .unknownOrganization(let id):
            return "'organization': ningún registro de organización tiene el id '\(id)'; revisa cómo está escrito"
        case .invalidHours(let reason):
            // The reason arrives as English text; the example says what to write either way.
            return "'hours': no se pudo leer el horario (\(reason)); escríbelo así: Mo-Fr 09:00-17:00; Sa 09:00-13:00"
        case .invalidWebsite(let url):
            return "'website': '\(url)' debe empezar con https:// o http://"
        case .invalidEmail(let email):
            return "'email': '\(email)' no es un correo electrónico; revisa que tenga usuario, @ y dominio"
        case .invalidLanguageCode(let code):
            return "'\(code)' no es un código de idioma como es, en o ht"
        case .stale(let days, let limit):
            return "la última revisión fue hace \(days) días (más de \(limit)); revisa el registro y actualiza 'last_verified'"
        }
    }
}
