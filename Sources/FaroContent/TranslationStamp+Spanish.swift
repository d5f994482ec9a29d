import FaroCore

extension TranslationStamp.Problem {
    /// The message in Spanish, for staff who edit the site in Spanish.
    public var spanish: String {
        switch self {
        case .notATranslation(let path):
            return "\(path) no es una traducción: su nombre necesita la terminación de un idioma, como .en.md"
        case .sourceNotFound(let path):
            return "no hay una página original en el idioma principal junto a \(path); revisa que las dos tengan el mismo nombre antes de la terminación del idioma"
        }
    }
}
