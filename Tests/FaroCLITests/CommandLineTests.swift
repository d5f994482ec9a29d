import Foundation
import Testing

/// Runs the real `faro` binary, as a CSO's terminal or CI would.
@Suite struct CommandLineTests {
    /// The `faro` executable built beside this test bundle.
    static var faro: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("faro")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/faro")
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs faro in `folder`; returns exit status, standard output and standard error.
    func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = Self.faro
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    func makeSite(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Themes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Themes/default"), to: root.appendingPathComponent("Themes/default"))
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    let config = "title: {es: Prueba}\nbase_url: https://example.org/\nlanguages:\n  - {code: es, name: Español, default: true}\n"

    @Test func build_prints_each_error_as_path_line_column_and_exits_non_zero() throws {
        let root = try makeSite(["Content/site.yaml": config, "Content/a.md": "---\ntitle: A\nfecha: 2021-01-01\n---\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["build"], in: root)
        #expect(result.status != 0)
        #expect(result.err.contains("Content/a.md:3:1: error: unknown key 'fecha'"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Public").path))
    }

    @Test func build_writes_the_site_and_prints_a_summary() throws {
        let root = try makeSite(["Content/site.yaml": config, "Content/index.md": "---\ntitle: Inicio\n---\nHola.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["build", "--output", "Sitio"], in: root)
        #expect(result.status == 0)
        #expect(result.out.contains("built 2 pages (es 2)"))  // the home page and the A–Z index
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Sitio/es/index.html").path))
    }

    @Test func check_exits_non_zero_on_errors_and_writes_nothing() throws {
        let root = try makeSite(["Content/site.yaml": config, "Content/a.md": "---\ntitle: A\nweight: pesado\n---\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["check"], in: root)
        #expect(result.status != 0)
        #expect(result.err.contains("Content/a.md:3:9: error: 'weight' must be a whole number"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Public").path))
    }
}
