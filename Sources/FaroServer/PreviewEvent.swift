/// What the preview server tells its caller (the command line prints these; the library prints nothing).
public enum PreviewEvent: Sendable {
    /// A build finished, successfully or not.
    case built(PreviewBuild)
    /// Files changed and a rebuild is starting.
    case rebuilding(changedFiles: [String])
}
