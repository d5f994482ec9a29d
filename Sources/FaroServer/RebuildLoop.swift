import Foundation

/// Watches the content and theme folders and rebuilds after each change, until its task is cancelled.
struct RebuildLoop: Sendable {
    /// Builds the site.
    let builder: PreviewBuilder
    /// Where finished builds are published for the request handlers.
    let state: PreviewState
    /// The folders to watch.
    let folders: [URL]
    /// Marks changes under `folders` as the system reports them; nil where it cannot, and the loop scans on a timer.
    let signal: ChangeSignal?
    /// How often to look.
    let interval: Duration
    /// How changed paths are named in events.
    let displayPath: @Sendable (URL) -> String
    /// Receives every event.
    let report: @Sendable (PreviewEvent) -> Void

    /// Loops until cancelled; `first` is the snapshot taken before the first build (and the signal made before it).
    func run(from first: SourceSnapshot, nextNumber: Int) async {
        var known = first
        var number = nextNumber
        defer { signal?.stop() }
        var quiet = Duration.zero
        while !Task.isCancelled {
            var current: SourceSnapshot
            var paths: [String]
            if let signal {
                // Look often, but only at what the system says changed (and scan everything every few seconds
                // anyway); a save has settled when 50 ms pass without another event.
                try? await Task.sleep(for: Self.signalledInterval)
                quiet += Self.signalledInterval
                var changes = signal.takeChanges()
                if changes == .none && quiet < Self.scanWithoutSignal { continue }
                quiet = .zero
                for _ in 0..<10 {
                    try? await Task.sleep(for: Self.signalledInterval)
                    let more = signal.takeChanges()
                    if more == .none { break }
                    changes = changes.merged(with: more)
                }
                if case .files(let files) = changes {
                    // The files the events named; a save on a 10,000-page site need not read 20,000 stamps.
                    (current, paths) = known.updating(files)
                    guard !paths.isEmpty else { continue }
                } else {
                    current = SourceSnapshot(of: folders)
                    guard current != known else { continue }
                    signal.watchEveryFolder()   // folders made by this change get watches too
                    paths = current.changes(since: known)
                }
            } else {
                try? await Task.sleep(for: interval)
                current = SourceSnapshot(of: folders)
                guard current != known else { continue }
                current = await settled(current)
                paths = current.changes(since: known)
            }
            let changed = paths.map { displayPath(URL(fileURLWithPath: $0)) }
            known = current
            if Task.isCancelled { break }
            report(.rebuilding(changedFiles: changed))
            let build = await builder.build(number: number, changedFiles: changed, changedPaths: paths)
            number += 1
            await state.publish(build)
            report(.built(build))
        }
    }

    /// How long the loop trusts the change signal before it scans anyway.
    static let scanWithoutSignal: Duration = .seconds(3)
    /// How often the loop looks at the change signal (a flag, so looking costs nothing).
    static let signalledInterval: Duration = .milliseconds(50)

    /// Waits until a save has finished (two scans 50 ms apart agree; at most half a second), so an editor that
    /// writes a file in several steps causes one rebuild rather than a failed one and then another.
    func settled(_ snapshot: SourceSnapshot) async -> SourceSnapshot {
        var latest = snapshot
        for _ in 0..<10 {
            try? await Task.sleep(for: .milliseconds(50))
            let next = SourceSnapshot(of: folders)
            if next == latest { return next }
            latest = next
        }
        return latest
    }
}
