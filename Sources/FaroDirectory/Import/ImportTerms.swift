import FaroCore
import FaroYAML

/// The one table from the words CSOs write in a spreadsheet, in Spanish or English, to the closed lists of
/// `Vocabulary`, to language codes and to state names. Words match as slugs, so case and accents do not matter.
public enum ImportTerms {
    /// Which list a cell's words come from.
    public enum Kind: String, Sendable {
        /// `Vocabulary.services`.
        case service
        /// `Vocabulary.populations`.
        case population
        /// Language codes (`es`, `ht`).
        case language
        /// `Vocabulary.costs`.
        case cost
        /// The names of Mexico's states (`CDMX` → `Ciudad de México`).
        case state

        /// The values a record may hold.
        public var allowed: [String] {
            switch self {
            case .service: return Vocabulary.services
            case .population: return Vocabulary.populations
            case .language: return ImportTerms.table[.language]!.map(\.value)
            case .cost: return Vocabulary.costs
            case .state: return MexicanState.all.map(\.name)
            }
        }
    }

    /// The value a written word stands for (`Asesoría legal` → `legal`); nil when the word is not known.
    /// A language may also be given as its two- or three-letter code (`tzo`).
    public static func value(for written: String, as kind: Kind) -> String? {
        let slug = Slug.make(written)
        if kind == .state, let state = MexicanState.named(written) { return state.name }
        if let value = lookup[kind]?[slug] { return value }
        if kind.allowed.contains(slug) { return slug }
        if kind == .language, RecordDecoder.isLanguageCode(slug) { return slug }
        return nil
    }

    /// The value a misspelt word most likely meant (`alimentacoin` → `food`).
    public static func suggestion(for written: String, as kind: Kind) -> String? {
        let words = Array((lookup[kind] ?? [:]).keys) + kind.allowed
        return KeySuggestion.closest(to: Slug.make(written), among: words, maxDistance: 2).flatMap { value(for: $0, as: kind) }
    }

    /// The allowed values with the Spanish word for each, for messages: `alojamiento (lodging), comida (food), legal`.
    public static func allowedText(_ kind: Kind) -> String {
        let spanish = Dictionary((table[kind] ?? []).map { ($0.value, $0.words[0]) }, uniquingKeysWith: { first, _ in first })
        return kind.allowed.map { value in
            guard let word = spanish[value], Slug.make(word) != value else { return value }
            return "\(word) (\(value))"
        }.joined(separator: ", ")
    }

    /// Each value with the words that stand for it, the Spanish word people would write first.
    /// English words that are already values (`food`, `women`, `es`) need no entry.
    static let table: [Kind: [(value: String, words: [String])]] = [
        .service: [
            ("lodging", ["alojamiento", "hospedaje", "albergue", "refugio", "dormitorio", "shelter", "accommodation", "housing"]),
            ("food", ["comida", "alimentación", "alimentos", "comedor", "desayuno", "despensa", "despensas", "meals", "meal"]),
            ("legal", ["asesoría legal", "asesoría jurídica", "jurídico", "apoyo legal", "orientación legal", "legal aid", "legal advice"]),
            ("medical", ["médico", "médica", "salud", "atención médica", "servicios médicos", "health", "healthcare"]),
            ("psychosocial", ["psicosocial", "psicológico", "psicológica", "apoyo psicológico", "atención psicológica", "salud mental",
                              "mental health", "psychological"]),
            ("showers", ["regaderas", "regadera", "duchas", "ducha", "baños", "shower"]),
            ("phone", ["teléfono", "llamadas", "llamadas telefónicas", "phone calls", "calls"]),
            ("internet", ["internet", "wifi", "acceso a internet"]),
            ("clothing", ["ropa", "ropero", "clothes"]),
            ("child-protection", ["protección infantil", "protección de la infancia", "protección de niñas, niños y adolescentes"]),
            ("interpretation", ["interpretación", "traducción", "intérprete", "translation", "interpreting"]),
            ("education", ["educación", "escuela", "clases", "school", "classes"]),
            ("employment", ["empleo", "trabajo", "bolsa de trabajo", "jobs", "work"]),
            ("documentation", ["documentación", "documentos", "trámites", "papeles", "documents", "paperwork"]),
            ("transport", ["transporte", "traslados", "transportation"]),
            ("humanitarian-aid", ["ayuda humanitaria", "asistencia humanitaria", "kits", "kits de higiene", "humanitarian assistance"]),
        ],
        .population: [
            ("men", ["hombres", "varones", "hombres solos", "single men"]),
            ("women", ["mujeres", "mujeres solas", "single women"]),
            ("families", ["familias", "family"]),
            ("unaccompanied-minors", ["menores no acompañados", "niñas, niños y adolescentes no acompañados", "niños y adolescentes no acompañados",
                                      "NNA no acompañados", "NNA", "niños no acompañados", "unaccompanied children", "unaccompanied minor"]),
            ("lgbtiq", ["LGBTIQ+", "LGBT", "LGBTI", "LGBTQ", "LGBTTTIQ", "LGBTTTI", "población LGBT", "personas LGBT", "personas LGBTIQ"]),
            ("people-with-disabilities", ["personas con discapacidad", "discapacidad", "disabilities", "disabled people"]),
            ("older-people", ["personas mayores", "adultos mayores", "tercera edad", "elderly", "older adults"]),
            ("survivors-of-violence", ["sobrevivientes de violencia", "víctimas de violencia", "víctimas", "violence survivors"]),
        ],
        .language: [
            ("es", ["español", "castellano", "spanish"]), ("en", ["inglés", "english"]), ("fr", ["francés", "french"]),
            ("ht", ["criollo haitiano", "creole haitiano", "creole", "criollo", "kreyòl", "kreyòl ayisyen", "haitian creole"]),
            ("pt", ["portugués", "portuguese"]), ("ar", ["árabe", "arabic"]), ("ru", ["ruso", "russian"]), ("uk", ["ucraniano", "ukrainian"]),
            ("zh", ["chino", "mandarín", "chinese"]), ("hi", ["hindi"]), ("wo", ["wolof"]), ("ln", ["lingala"]),
            ("nah", ["náhuatl"]), ("tzo", ["tzotzil"]), ("tzh", ["tzeltal"]), ("quc", ["k'iche'", "quiché"]), ("mam", ["mam"]),
            ("zap", ["zapoteco", "zapotec"]), ("mix", ["mixteco", "mixtec"]), ("myn", ["maya", "mayan"]),
        ],
        .cost: [
            ("free", ["gratis", "gratuito", "gratuita", "sin costo", "no cost", "0"]),
            ("donation", ["donativo", "donación", "cooperación voluntaria", "cuota voluntaria", "voluntary"]),
            ("fee", ["cuota", "con costo", "pago", "de pago", "paid"]),
        ],
        .state: [
            ("Ciudad de México", ["CDMX", "DF", "D.F.", "Distrito Federal", "Mexico City"]),
            ("Estado de México", ["Edomex", "Edo. Méx.", "México", "State of Mexico"]),
            ("Baja California", ["BC", "B.C."]), ("Baja California Sur", ["BCS", "B.C.S."]), ("Nuevo León", ["NL", "N.L."]),
            ("Coahuila", ["Coahuila de Zaragoza"]), ("Michoacán", ["Michoacán de Ocampo"]), ("Veracruz", ["Veracruz de Ignacio de la Llave"]),
            ("Quintana Roo", ["Q. Roo"]), ("San Luis Potosí", ["SLP"]),
        ],
    ]

    /// The table as slug → value, for matching.
    static let lookup: [Kind: [String: String]] = table.mapValues { entries in
        var words: [String: String] = [:]
        for entry in entries { for word in entry.words { words[Slug.make(word)] = entry.value } }
        return words
    }
}
