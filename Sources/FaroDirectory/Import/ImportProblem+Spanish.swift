import FaroCore

extension ImportProblem {
    /// The message in Spanish, for staff who import their spreadsheets in Spanish; headers stay as the file writes them.
    public var spanish: String {
        switch self {
        case .emptyFile:
            return "el archivo está vacío; la primera fila debe tener los nombres de las columnas (nombre, estado, ciudad, …)"
        case .unclosedQuote:
            return "la celda entre comillas que empieza aquí nunca se cierra, así que no se puede leer nada desde esta fila; agrega las comillas de cierre (\") e importa otra vez"
        case .textAfterQuote(let column):
            return "columna '\(column)': hay texto después de las comillas de cierre; pon toda la celda entre comillas y escribe cada comilla de adentro como \"\""
        case .missingColumn(let column):
            return "falta la columna '\(column.suggestedHeader)'; el encabezado debe tener una de estas: " + column.headers.joined(separator: ", ")
        case .duplicateColumn(let column, let first):
            return "la columna '\(column)' repite la columna '\(first)'; deja solo una"
        case .unknownColumn(let header, let suggestion):
            return "la columna '\(header)' no se importa"
                + (suggestion.map { " (¿quisiste decir '\($0.suggestedHeader)'?)" } ?? "; consulta los encabezados aceptados con 'faro import shelters --help'")
        case .tooManyCells(let count, let columns):
            return "la fila tiene \(count) celdas, pero el encabezado tiene \(columns) columnas; si una celda lleva el separador, ponla entre comillas dobles"
        case .missingValue(let column):
            return "la columna '\(column)' está vacía; todos los registros la necesitan"
        case .unknownState(let column, let value):
            return "columna '\(column)': '\(value)' no es un estado de México (por ejemplo 'Baja California', 'Nuevo León', 'CDMX')"
        case .unknownTerm(let column, let value, let kind, let suggestion):
            return "columna '\(column)': '\(value)' no es \(Self.spanishTerm(kind))" + (suggestion.map { " (¿quisiste decir '\($0)'?)" } ?? "")
                + "; valores permitidos: " + ImportTerms.allowedText(kind) + (kind == .language ? ", o un código de dos o tres letras" : "")
        case .invalidPhone(let column, let value):
            return "columna '\(column)': '\(value)' no es un número de teléfono; escribe 10 dígitos para México (664 123 4567), o + y la clave del país, y separa los números con /"
        case .phoneExtension(let column, let value):
            return "columna '\(column)': '\(value)' tiene extensión, y un registro no puede guardarla; escribe solo el número y pon la extensión en la descripción"
        case .invalidCoordinate(let column, let value):
            return "columna '\(column)': '\(value)' no está en grados decimales como 32.5300 o -117.0400"
        case .incompleteCoordinates(let column, let missing):
            return "la columna '\(column)' tiene un valor pero '\(missing)' está vacía; llena las dos o ninguna"
        case .outsideMexico(let column, let lat, let lon):
            return "columna '\(column)': \(lat), \(lon) queda fuera de México; revisa que la latitud y la longitud no estén al revés y que la longitud sea negativa"
        case .invalidDate(let column, let value):
            return "columna '\(column)': '\(value)' no es una fecha; escribe 2026-11-29 o 29/11/2026"
        case .futureDate(let column, let value, let day, let today):
            return "columna '\(column)': '\(value)' se leyó como \(day), después de hoy (\(today)); escribe el día en que se revisó el registro por última vez, con el día primero (29/11/2026)"
        case .invalidNumber(let column, let value):
            return "columna '\(column)': '\(value)' no es un número entero de lugares; escribe solo el número, como 40"
        case .invalidHours(let column, let value, let reason):
            return "columna '\(column)': '\(value)': \(reason.spanish) (por ejemplo 'Lun-Vie 09:00-17:00; Sáb 09:00-13:00', 'Mo-Fr 09:00-17:00' o '24 horas')"
        case .invalidEmail(let column, let value):
            return "columna '\(column)': '\(value)' no es un correo electrónico; revisa que tenga usuario, @ y dominio"
        case .invalidWebsite(let column, let value):
            return "columna '\(column)': '\(value)' no es una dirección web como https://ejemplo.org"
        case .invalidID(let column, let value):
            return "columna '\(column)': '\(value)' no es un id; usa letras minúsculas, números y guiones, como '\(Slug.make(value))', o deja la celda vacía"
        case .duplicateID(let id, let firstRow):
            return "el id '\(id)' ya lo usa la fila \(firstRow); dale a una de las filas otro nombre, otra ciudad u otro 'id'"
        case .unknownOrganization(let column, let value, let suggestion):
            return "columna '\(column)': ningún registro de organización tiene el id o el nombre '\(value)'" + (suggestion.map { " (¿quisiste decir '\($0)'?)" } ?? "")
                + "; primero agrégala en directory/organizations/ o deja la celda vacía"
        case .fileExists(let path):
            return "\(path) ya existe y es diferente; se dejó como estaba (usa --overwrite para reemplazarlo)"
        case .unwritable(let path, let reason):
            return "no se puede escribir \(path): \(reason)"
        }
    }

    /// "a known service", "a known population", … in Spanish, with the article each noun takes.
    static func spanishTerm(_ kind: ImportTerms.Kind) -> String {
        switch kind {
        case .service: return "un servicio conocido"
        case .population: return "un grupo de población conocido"
        case .language: return "un idioma conocido"
        case .cost: return "un tipo de costo conocido"
        case .state: return "un estado conocido"
        }
    }
}
