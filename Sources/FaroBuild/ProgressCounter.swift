import Foundation

/// Counts finished items of a long step from any thread and reports every hundredth (and the last).
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let what: String
    private let total: Int
    private let report: (@Sendable (BuildProgress) -> Void)?

    init(what: String, total: Int, report: (@Sendable (BuildProgress) -> Void)?) {
        self.what = what
        self.total = total
        self.report = report
    }

    /// One more item done.
    func advance() {
        guard let report else { return }
        lock.lock()
        done += 1
        let now = done
        lock.unlock()
        if now % 100 == 0 || now == total || what == "PDFs" { report(.count(what: what, done: now, total: total)) }
    }
}
