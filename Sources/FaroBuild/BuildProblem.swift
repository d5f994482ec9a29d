import FaroCore

/// Problems of the build itself, rather than of one content file.
public enum BuildProblem: FaroProblem, Equatable {
    /// A file could not be written or copied; names the path and the system's reason.
    case writeFailed(path: String, reason: String)
    /// The output folder holds files Faro did not make; it is never deleted or replaced.
    case outputNotOwned(String)
    /// The output folder is a folder Faro must never replace (the content, the theme, `/`, home).
    case outputForbidden(String)
    /// Two generated files claim one path.
    case duplicateOutput(String)
    /// A template or page failed to render.
    case renderFailed(String)
    /// Steps ran in an order that leaves one without its input (a bug in Faro).
    case stepOrder(String)

    public var description: String {
        switch self {
        case .writeFailed(let path, let reason): return "cannot write \(path): \(reason)"
        case .outputNotOwned(let path):
            return "output folder '\(path)' holds files that Faro did not make; choose an empty or new folder, or empty it yourself"
        case .outputForbidden(let path): return "output folder '\(path)' would replace content, the theme or a system folder; choose another"
        case .duplicateOutput(let path): return "two files would be written to \(path)"
        case .renderFailed(let reason): return "rendering failed: \(reason)"
        case .stepOrder(let reason): return "internal error: \(reason)"
        }
    }
}
