import FaroCore

extension ImageProblem {
    /// The message in Spanish, for staff who edit the site in Spanish.
    public var spanish: String {
        switch self {
        case .resizerMissing:
            return "las imágenes grandes se publicaron en su tamaño completo: instala ImageMagick para hacerlas más pequeñas (sudo apt-get install imagemagick)"
        }
    }
}
