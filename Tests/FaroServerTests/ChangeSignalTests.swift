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

    /// Waits up to two seconds for the signal's first mark, then a moment for the rest of the save's events.
    func changes(_ signal: ChangeSignal) async throws -> ChangeSignal.Changes {
        for _ in 0..<40 {
            let found = signal.takeChanges()
            if found != .none {
                try await Task.sleep(for: .milliseconds(150))
                return found.merged(with: signal.takeChanges())
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return .none
    }

    #if os(Linux)
    @Test func aSaveNamesItsFileAndANewFolderAsksForAScan() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let base = root.standardizedFileURL.path
        let signal = try #require(ChangeSignal(folders: [root]))
        defer { signal.stop() }
        #expect(try await changes(signal) == .none)

        try Data("x".utf8).write(to: root.appendingPathComponent("guias/a.es.md"))
        #expect(try await changes(signal) == .files([base + "/guias/a.es.md"]))

        // An editor's hidden swap file is not content.
        try Data("s".utf8).write(to: root.appendingPathComponent("guias/.a.es.md.swp"))
        #expect(try await changes(signal) == .none)

        try FileManager.default.createDirectory(at: root.appendingPathComponent("nueva"), withIntermediateDirectories: true)
        #expect(try await changes(signal) == .unknown)   // the folder's own creation
        signal.watchEveryFolder()
        try Data("y".utf8).write(to: root.appendingPathComponent("nueva/b.es.md"))
        #expect(try await changes(signal) == .files([base + "/nueva/b.es.md"]))
        try FileManager.default.removeItem(at: root.appendingPathComponent("nueva/b.es.md"))
        #expect(try await changes(signal) == .files([base + "/nueva/b.es.md"]))
        #expect(signal.takeChanges() == .none)   // taking the mark clears it
    }
    #endif

    @Test func aSnapshotUpdatedForNamedFilesMatchesAFullScan() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let base = root.standardizedFileURL.path
        try Data("a".utf8).write(to: root.appendingPathComponent("guias/a.es.md"))
        try Data("b".utf8).write(to: root.appendingPathComponent("guias/b.es.md"))
        let before = SourceSnapshot(of: [root])
        try Data("a, longer".utf8).write(to: root.appendingPathComponent("guias/a.es.md"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("guias/b.es.md"))
        try Data("c".utf8).write(to: root.appendingPathComponent("guias/c.es.md"))
        let named = Set(["a", "b", "c", "d"].map { base + "/guias/\($0).es.md" })   // d was never there
        let (updated, changed) = before.updating(named)
        #expect(changed == ["a", "b", "c"].map { base + "/guias/\($0).es.md" })
        #expect(updated == SourceSnapshot(of: [root]))
        #expect(updated.updating(named).changed.isEmpty)
    }
}
