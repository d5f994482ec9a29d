/// One named stage of a build, run in order over a shared `BuildContext`.
/// A new feature is a new step, not a new branch inside an old one.
public protocol BuildStep: Sendable {
    /// A short name used in progress and in messages (`render pages`).
    var name: String { get }
    /// Does the step's work; diagnostics go to `context.log`, a thrown error stops the build.
    func run(_ context: inout BuildContext) async throws
}
