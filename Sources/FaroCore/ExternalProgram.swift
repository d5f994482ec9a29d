import Foundation

/// A program Faro runs as a separate process (WeasyPrint, ImageMagick, `zip`, `zimwriterfs`):
/// found once, run without blocking a thread, its error output kept for the message.
public struct ExternalProgram: Sendable {
    /// The executable.
    public let executable: URL

    /// The program's name.
    public var name: String { executable.lastPathComponent }

    /// Wraps an executable.
    public init(executable: URL) {
        self.executable = executable
    }

    /// Finds `name` on the `PATH` of `environment`; nil when it is not installed.
    public static func find(_ name: String, environment: [String: String]) -> ExternalProgram? {
        find(name, in: (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init))
    }

    /// Finds `name` in the given folders, in order; nil when none has it.
    public static func find(_ name: String, in folders: [String]) -> ExternalProgram? {
        for folder in folders {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return ExternalProgram(executable: candidate) }
        }
        return nil
    }

    /// Runs the program (in `folder`, with standard input from `input`, and with only `environment` when
    /// given, so settings such as `ZIPOPT` cannot change its output) and waits without blocking a thread.
    /// Standard error goes to a file rather than a pipe, which a chatty program could fill and stall on.
    /// Throws what the program printed when it cannot start or exits with an error.
    public func run(_ arguments: [String], in folder: URL? = nil, input: URL? = nil,
                    environment: [String: String]? = nil) async throws(ExternalProgramFailure) {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("faro-\(name)-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: errors) }
        let status: Int32
        do {
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            if let folder { process.currentDirectoryURL = folder }
            if let environment { process.environment = environment }
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
            throw ExternalProgramFailure(program: name, message: "\(error)")
        }
        guard status == 0 else {
            let message = ((try? String(contentsOf: errors, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            throw ExternalProgramFailure(program: name, message: message.isEmpty ? "exit status \(status)" : message)
        }
    }
}

/// An external program could not start or exited with an error.
public struct ExternalProgramFailure: Error, Sendable, CustomStringConvertible {
    /// The program's name.
    public let program: String
    /// What it printed on standard error, or why it could not start.
    public let message: String

    public var description: String { message }
}
