import FaroCore

/// A column the shelter import understands, with the header names CSOs give it in Spanish and English.
public enum ImportColumn: String, CaseIterable, Sendable {
    /// The record's id; made from name and city when empty.
    case id
    /// Name as the place calls itself (required).
    case name
    /// Id or name of the organisation that runs it.
    case organization
    /// State of Mexico (required).
    case state
    /// City or municipality (required).
    case city
    /// Street address.
    case address
    /// Latitude and longitude in one cell, as maps copy them (`32.5300, -117.0400`).
    case coordinates
    /// Latitude in decimal degrees.
    case latitude
    /// Longitude in decimal degrees.
    case longitude
    /// Voice numbers.
    case phone
    /// WhatsApp numbers.
    case whatsapp
    /// Numbers that take text messages.
    case sms
    /// Contact email.
    case email
    /// Website.
    case website
    /// Services, in Spanish or English.
    case services
    /// Groups served, in Spanish or English.
    case populations
    /// Languages spoken, by name or code.
    case languages
    /// Opening hours, in Spanish or OpenStreetMap form.
    case hours
    /// Beds or places.
    case capacity
    /// What a person must bring or do, in Spanish.
    case requirements
    /// The same in English.
    case requirementsEnglish
    /// Free, donation or fee.
    case cost
    /// Description in Spanish.
    case description
    /// Description in English.
    case descriptionEnglish
    /// Day the record was last checked (required).
    case lastVerified
    /// How it was checked (required).
    case source

    /// Columns without which no row can become a record.
    public static let required: [ImportColumn] = [.name, .state, .city, .lastVerified, .source]

    /// Whether every row needs a value here.
    public var isRequired: Bool { Self.required.contains(self) }

    /// The header name suggested in messages, in Spanish as most spreadsheets are.
    public var suggestedHeader: String { headers[0] }

    /// Accepted header names, matched without regard to case, accents, spaces, `_` or `-`.
    public var headers: [String] {
        switch self {
        case .id: return ["id", "identificador", "clave"]
        case .name: return ["nombre", "name", "nombre del albergue", "nombre del lugar", "albergue"]
        case .organization: return ["organización", "organization", "organisation", "organización responsable"]
        case .state: return ["estado", "state", "entidad", "entidad federativa"]
        case .city: return ["ciudad", "municipio", "city", "ciudad/municipio", "localidad"]
        case .address: return ["dirección", "address", "domicilio", "calle"]
        case .coordinates: return ["coordenadas", "ubicación", "coordinates", "location", "lat, lon"]
        case .latitude: return ["latitud", "lat", "latitude"]
        case .longitude: return ["longitud", "lon", "lng", "long", "longitude"]
        case .phone: return ["teléfono", "teléfonos", "phone", "phones", "tel"]
        case .whatsapp: return ["whatsapp", "wa"]
        case .sms: return ["sms", "mensajes de texto"]
        case .email: return ["correo", "e-mail", "correo electrónico", "mail"]
        case .website: return ["sitio web", "web", "website", "página web", "sitio", "url"]
        case .services: return ["servicios", "services", "servicio", "service"]
        case .populations: return ["población", "atiende a", "populations", "population", "poblaciones", "población atendida"]
        case .languages: return ["idiomas", "languages", "idioma", "language", "lenguas"]
        case .hours: return ["horario", "hours", "horarios", "horario de atención", "opening hours"]
        case .capacity: return ["capacidad", "capacity", "cupo", "camas"]
        case .requirements: return ["requisitos", "requirements", "requisitos de ingreso"]
        case .requirementsEnglish: return ["requirements_en", "requisitos_en", "requisitos en inglés"]
        case .cost: return ["costo", "cost", "costos", "precio"]
        case .description: return ["descripción", "description", "descripción_es", "description_es"]
        case .descriptionEnglish: return ["description_en", "descripción_en", "descripción en inglés", "english description"]
        case .lastVerified: return ["última verificación", "verificado", "last_verified",
                                    "fecha de verificación", "verificación", "verified"]
        case .source: return ["fuente", "source", "fuente de verificación"]
        }
    }

    /// The column a header names, if any (`Teléfono` → `.phone`, `ULTIMA_VERIFICACION` → `.lastVerified`).
    public static func named(_ header: String) -> ImportColumn? {
        let wanted = normalized(header)
        return allCases.first { $0.headers.contains { normalized($0) == wanted } }
    }

    /// Case, accents and every separator folded away: `Última verificación` and `ultima_verificacion` agree.
    static func normalized(_ header: String) -> String {
        Slug.make(header).replacingOccurrences(of: "-", with: "")
    }
}
