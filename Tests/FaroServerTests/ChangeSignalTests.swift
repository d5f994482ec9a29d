@testable import FaroServer
import Foundation
import Testing

/// The preview wakes when a watched folder changes, instead of scanning every file several times a second.
@Suite struct ChangeSignalTests {
    func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("guias"), withIntermediateDirectories: true)
        return root
    }

    /// Waits up to two seconds for the signal's mark.
    func marked(_ signal: ChangeSignal) async throws -> Bool {
        for _ in 0..<40 {
            if signal.takeChange() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    #if os(Linux)
    @Test func aSaveInAWatchedFolderOrANewSubfolderIsSignalled() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let signal = try #require(ChangeSignal(folders: [root]))
        defer { signal.stop() }
        #expect(try await marked(signal) == false)

        try Data("x".utf8).write(to: root.appendingPathComponent("guias/a.es.md"))
        #expect(try await marked(signal))

        try FileManager.default.createDirectory(at: root.appendingPathComponent("nueva"), withIntermediateDirectories: true)
        #expect(try await marked(signal))   // the folder's own creation
        signal.watchEveryFolder()
        try Data("y".utf8).write(to: root.appendingPathComponent("nueva/b.es.md"))
        #expect(try await marked(signal))
        // Taking the mark clears it (once the save's last events, which may come in separate reads, are in).
        try await Task.sleep(for: .milliseconds(300))
        _ = signal.takeChange()
        #expect(signal.takeChange() == false)
    }

    #endif
}
