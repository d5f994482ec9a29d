import FaroBuild
import FaroCore
import Foundation
import Testing

/// Output is a pure function of the input: the repository's own portal, copied to two different places
/// and built at two different moments, gives byte-identical trees.
@Suite struct ReproducibilityTests {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Copies the portal's `Content/` and `Themes/` into a new folder and builds it there without PDFs.
    func buildCopy() async throws -> (root: URL, result: BuildResult) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-portal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Themes"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        var options = BuildOptions(content: root.appendingPathComponent("Content"), output: root.appendingPathComponent("Public"),
                                   workingDirectory: root)
        options.pdf = .skip
        return (root, await Pipeline.standard(writesOutput: true).run(options))
    }

    @Test func the_portal_built_twice_in_two_places_is_byte_identical() async throws {
        let one = try await buildCopy()
        defer { try? FileManager.default.removeItem(at: one.root) }
        try await Task.sleep(for: .seconds(1))
        let two = try await buildCopy()
        defer { try? FileManager.default.removeItem(at: two.root) }
        #expect(one.result.published, "\(one.result.errors)")
        #expect(two.result.published, "\(two.result.errors)")

        let first = PublishFaultTests.tree(one.root.appendingPathComponent("Public"))
        let second = PublishFaultTests.tree(two.root.appendingPathComponent("Public"))
        #expect(first.count > 100)
        #expect(first.keys.sorted() == second.keys.sorted())
        let differing = first.keys.filter { first[$0] != second[$0] }.sorted()
        #expect(differing.isEmpty, "files that differ: \(differing.prefix(20))")
    }
}
