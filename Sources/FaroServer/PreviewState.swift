import Foundation

/// The latest build and its version token, shared by the rebuild loop and the request handlers.
actor PreviewState {
    /// Distinguishes this server run from earlier ones, so a tab left open across a restart reloads too.
    let session: String
    /// The latest finished build; nil until the first one ends.
    private(set) var build: PreviewBuild?

    init(session: String = String(UInt32.random(in: 0...UInt32.max), radix: 36)) {
        self.session = session
    }

    /// Changes with every finished build: `session-number`.
    var version: String { "\(session)-\(build?.number ?? 0)" }

    /// The latest build and its version, read together so a page never mixes two builds.
    var current: (build: PreviewBuild?, version: String) { (build, version) }

    /// Records a finished build; pages served from now on carry its version.
    func publish(_ build: PreviewBuild) {
        self.build = build
    }

    /// Waits until the version differs from `known`, or `limit` has passed; returns the version then.
    /// Checking every 100 ms keeps this free of continuations to track; a handful of open tabs costs nothing.
    func waitForChange(from known: String, limit: Duration) async -> String {
        let deadline = ContinuousClock.now + limit
        while version == known, ContinuousClock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(100))
        }
        return version
    }
}
