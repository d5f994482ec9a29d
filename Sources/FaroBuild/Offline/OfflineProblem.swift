import FaroCore

/// Problems making the offline copies (`offline/<name>-<lang>.zip` and `.zim`).
public enum OfflineProblem: FaroProblem, Equatable {
    /// `zip` is not installed: no offline archives were made (a warning).
    case zipMissing
    /// `zimwriterfs` is not installed: ZIM files for Kiwix were skipped (a warning).
    case zimWriterMissing
    /// No ISO 639-3 code is known for a language, which ZIM files require; names the language.
    case noISO6393Code(String)
    /// An external program failed; names the program, the file it was making and what it printed.
    case programFailed(program: String, file: String, output: String)

    public var description: String {
        switch self {
        case .zipMissing:
            return "offline archives were skipped: zip is not installed (install it with: sudo apt-get install zip)"
        case .zimWriterMissing:
            return "ZIM files for Kiwix were skipped: zimwriterfs is not installed (install it with: sudo apt-get install zim-tools)"
        case .noISO6393Code(let code):
            return "no ZIM file for language '\(code)': Faro knows no ISO 639-3 code for it"
        case .programFailed(let program, let file, let output):
            return "\(program) could not make \(file): \(output)"
        }
    }

    public var spanish: String {
        switch self {
        case .zipMissing:
            return "no se hicieron las copias sin conexión: falta el programa zip (instálalo con: sudo apt-get install zip)"
        case .zimWriterMissing:
            return "no se hicieron los archivos ZIM para Kiwix: falta zimwriterfs (instálalo con: sudo apt-get install zim-tools)"
        case .noISO6393Code(let code):
            return "no hay archivo ZIM para el idioma '\(code)': Faro no conoce su código ISO 639-3"
        case .programFailed(let program, let file, let output):
            return "\(program) no pudo hacer \(file): \(output)"
        }
    }
}
