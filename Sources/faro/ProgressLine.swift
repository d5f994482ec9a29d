import FaroBuild
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Shows a build's progress: one line rewritten in place on a terminal, plain lines otherwise (CI logs).
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var step = ""
    private var lastPlain = ""

    /// The callback to hand to `BuildOptions.progress`.
    var callback: @Sendable (BuildProgress) -> Void {
        { [self] event in show(event) }
    }

    private func show(_ event: BuildProgress) {
        lock.lock(); defer { lock.unlock() }
        switch event {
        case .step(let name):
            step = name
            if isTerminal { write("\r\u{1B}[2K\(name)…") }
        case .count(let what, let done, let total):
            if isTerminal {
                write("\r\u{1B}[2K\(step): \(done)/\(total) \(what)")
            } else if done == total {
                let line = "\(step): \(total) \(what)"
                if line != lastPlain { write(line + "\n"); lastPlain = line }
            }
        }
    }

    /// Clears the live line before the summary is printed.
    func finish() {
        lock.lock(); defer { lock.unlock() }
        if isTerminal { write("\r\u{1B}[2K") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
