extension UnexpectedProblem {
    /// The message in Spanish; the reason is the system's own words, which Faro cannot translate.
    public var spanish: String { "ocurrió un error inesperado: \(reason)" }
}
