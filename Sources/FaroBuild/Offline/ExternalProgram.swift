import Foundation

/// A program Faro runs as a separate process (`zip`, `zimwriterfs`), found on the build's `PATH`.
struct ExternalProgram: Sendable {
    /// The executable.
    let executable: URL

    /// The program's name.
    var name: String { executable.lastPathComponent }

    /// Finds `name` on the `PATH` of `environment`; nil when it is not installed.
    static func find(_ name: String, environment: [String: String]) -> ExternalProgram? {
        for folder in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return ExternalProgram(executable: candidate) }
        }
        return nil
    }

    /// Runs the program in `folder` with only `environment` (so settings such as `ZIPOPT` cannot change
    /// its output), standard input read from `input`, and waits without blocking a thread.
    /// Standard error goes to a file rather than a pipe, which a chatty program could fill and stall on.
    /// Throws what the program printed when it exits with an error.
    func run(_ arguments: [String], in folder: URL, input: URL? = nil, environment: [String: String] = [:],
             making file: String) async throws(OfflineProblem) {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("faro-\(name)-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: errors) }
        let status: Int32
        do {
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: errors)
            process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
            status = try await withCheckedThrowingContinuation { continuation in
                process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
                do { try process.run() } catch {
                    process.terminationHandler = nil
                    continuation.resume(throwing: error)
                }
            }
        } catch {
            throw OfflineProblem.programFailed(program: name, file: file, output: "\(error)")
        }
        guard status == 0 else {
            let message = ((try? String(contentsOf: errors, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            throw OfflineProblem.programFailed(program: name, file: file, output: message.isEmpty ? "exit status \(status)" : message)
        }
    }
}
