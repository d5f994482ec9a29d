import Foundation

/// Converts print HTML to PDF with WeasyPrint, run as an external program (Debian's `weasyprint`).
public struct WeasyPrint: Sendable {
    /// The executable.
    public let executable: URL

    /// Finds `weasyprint` on the `PATH`; nil when it is not installed.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> WeasyPrint? {
        let folders = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for folder in folders {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("weasyprint")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return WeasyPrint(executable: candidate) }
        }
        return nil
    }

    /// Writes `html` (whose relative links resolve against `base`) as a PDF at `output`.
    /// Waits without blocking a thread; throws WeasyPrint's own message when it fails.
    public func convert(html: URL, to output: URL, base: URL) async throws -> Void {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--quiet", "--base-url", base.absoluteString, html.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        guard status == 0 else {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw WeasyPrintError(status: status, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}

/// WeasyPrint exited with an error.
public struct WeasyPrintError: Error, CustomStringConvertible {
    /// Exit status.
    public let status: Int32
    /// What it printed on standard error.
    public let message: String

    public var description: String { message.isEmpty ? "exit status \(status)" : message }
}
