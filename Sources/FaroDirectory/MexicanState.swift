import FaroCore

/// Mexico's 32 federal entities, with their ISO 3166-2 codes for open data (`MX-TAM`).
public struct MexicanState: Hashable, Sendable {
    /// Name as written in records (`Nuevo León`).
    public let name: String
    /// ISO 3166-2 subdivision code.
    public let iso: String

    /// URL segment (`nuevo-leon`).
    public var slug: String { Slug.make(name) }

    /// Every state, in alphabetical order.
    public static let all: [MexicanState] = [
        ("Aguascalientes", "MX-AGU"), ("Baja California", "MX-BCN"), ("Baja California Sur", "MX-BCS"), ("Campeche", "MX-CAM"),
        ("Chiapas", "MX-CHP"), ("Chihuahua", "MX-CHH"), ("Ciudad de México", "MX-CMX"), ("Coahuila", "MX-COA"), ("Colima", "MX-COL"),
        ("Durango", "MX-DUR"), ("Estado de México", "MX-MEX"), ("Guanajuato", "MX-GUA"), ("Guerrero", "MX-GRO"), ("Hidalgo", "MX-HID"),
        ("Jalisco", "MX-JAL"), ("Michoacán", "MX-MIC"), ("Morelos", "MX-MOR"), ("Nayarit", "MX-NAY"), ("Nuevo León", "MX-NLE"),
        ("Oaxaca", "MX-OAX"), ("Puebla", "MX-PUE"), ("Querétaro", "MX-QUE"), ("Quintana Roo", "MX-ROO"), ("San Luis Potosí", "MX-SLP"),
        ("Sinaloa", "MX-SIN"), ("Sonora", "MX-SON"), ("Tabasco", "MX-TAB"), ("Tamaulipas", "MX-TAM"), ("Tlaxcala", "MX-TLA"),
        ("Veracruz", "MX-VER"), ("Yucatán", "MX-YUC"), ("Zacatecas", "MX-ZAC"),
    ].map { MexicanState(name: $0.0, iso: $0.1) }

    /// The state a record names, matched without regard to accents or case (`nuevo leon` → Nuevo León).
    public static func named(_ text: String) -> MexicanState? {
        let wanted = Slug.make(text)
        return all.first { $0.slug == wanted }
    }
}

/// A point on the map, in WGS 84 degrees.
public struct Coordinates: Hashable, Sendable {
    /// Latitude, north positive.
    public let lat: Double
    /// Longitude, east positive (negative in Mexico).
    public let lon: Double

    /// Creates coordinates.
    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// Whether the point lies within Mexico's bounding box (a box, so it also takes some border water and land).
    public var isInMexico: Bool {
        (14.3...32.8).contains(lat) && (-118.6 ... -86.5).contains(lon)
    }
}
