import FaroCore

/// Problems that keep the preview server from starting.
public enum PreviewProblem: FaroProblem, Equatable {
    /// The content folder does not exist (usually: run from the wrong folder).
    case contentNotFound(String)
    /// `--host` is not an IPv4 or IPv6 address (nor `localhost`).
    case invalidHost(String)
    /// The address could not be bound, usually because the port is taken; carries the system's reason.
    case cannotListen(host: String, port: UInt16, reason: String)
    /// The private folder for the preview could not be made.
    case cannotCreateSiteFolder(path: String, reason: String)

    public var description: String {
        switch self {
        case .contentNotFound(let path):
            return "no content folder at \(path); run faro serve in the portal's folder, or name the folder with --content"
        case .invalidHost(let host): return "'\(host)' is not an IP address; use 127.0.0.1 (the default), ::1 or another address of this machine"
        case .cannotListen(let host, let port, let reason):
            return "cannot listen on \(host):\(port): \(reason); try another port with --port, or --port 0 to pick a free one"
        case .cannotCreateSiteFolder(let path, let reason): return "cannot create the preview folder \(path): \(reason)"
        }
    }
}
