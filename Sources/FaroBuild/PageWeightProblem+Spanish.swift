import FaroCore

extension PageWeightProblem {
    /// The message in Spanish, for staff who edit the site in Spanish.
    public var spanish: String {
        switch self {
        case .overBudget(let path, let bytes, let budget):
            return "la página \(path) pesa \(Self.kilobytes(bytes)) KB comprimida (gzip), más que el límite de \(Self.kilobytes(budget)) KB; acórtala o divídela en varias páginas"
        }
    }
}
