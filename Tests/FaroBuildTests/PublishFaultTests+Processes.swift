import Foundation

/// Running the real `faro` binary on generated sites, and a small disk to fill.
extension PublishFaultTests {
    /// The `faro` executable built beside this test bundle, found as `CommandLineTests` finds it.
    static var faro: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("faro")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// A one-language site of `pages` pages of a few kilobytes each, with the repository's theme, in a new folder.
    static func largeSite(pages: Int) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-fault-\(UUID().uuidString)")
        let content = root.appendingPathComponent("Content/guias")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Themes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSite.repositoryTheme, to: root.appendingPathComponent("Themes/default"))
        try Data("title: {es: Prueba}\nbase_url: https://example.org/\nlanguages:\n  - {code: es, name: Español, default: true}\n".utf8)
            .write(to: root.appendingPathComponent("Content/site.yaml"))
        let paragraph = String(repeating: "Texto de una guía con **énfasis**, [un enlace](/es/guias/) y detalles prácticos. ", count: 30)
        for number in 1...pages {
            let text = "---\ntitle: Página \(number)\ndate: 2026-01-\(String(format: "%02d", number % 28 + 1))\n---\n\n"
                + (1...4).map { "## Parte \($0)\n\n\(paragraph)\n" }.joined(separator: "\n")
            try Data(text.utf8).write(to: content.appendingPathComponent("pagina-\(number).md"))
        }
        return root
    }

    /// Starts `executable` in `folder`, its output discarded.
    static func start(_ executable: URL, _ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `executable` in `folder` to the end; output goes through files so neither pipe can fill and block it.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> (status: Int32, out: String, err: String) {
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("faro-logs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let outURL = logs.appendingPathComponent("out"), errURL = logs.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
                (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// Every file under `folder` with its bytes.
    static func tree(_ folder: URL) -> [String: Data] {
        guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: folder.path) else { return [:] }
        var files: [String: Data] = [:]
        for path in paths {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try? Data(contentsOf: url)
            }
        }
        return files
    }

    /// Mounts a tmpfs of `size` at `folder`; false when this user may not mount.
    static func mountTmpfs(at folder: URL, size: String) -> Bool {
        guard getuid() == 0, let result = try? run(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path],
                                                 in: folder.deletingLastPathComponent()) else { return false }
        return result.status == 0
    }

    /// Unmounts what `mountTmpfs` mounted.
    static func unmount(_ folder: URL) {
        _ = try? run(URL(fileURLWithPath: "/bin/umount"), [folder.path], in: folder.deletingLastPathComponent())
    }
}
