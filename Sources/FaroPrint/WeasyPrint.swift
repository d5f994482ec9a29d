import FaroCore
import Foundation

/// Converts print HTML to PDF with WeasyPrint, run as an external program (Debian's `weasyprint`).
public struct WeasyPrint: Sendable {
    /// The `weasyprint` program.
    public let program: ExternalProgram

    /// Finds `weasyprint` on the `PATH`; nil when it is not installed.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> WeasyPrint? {
        ExternalProgram.find("weasyprint", environment: environment).map(WeasyPrint.init(program:))
    }

    /// Writes `html` (whose relative links resolve against `base`) as a PDF at `output`.
    /// Throws WeasyPrint's own message when it fails.
    public func convert(html: URL, to output: URL, base: URL) async throws(ExternalProgramFailure) {
        try await program.run(["--quiet", "--base-url", base.absoluteString, html.path, output.path])
    }
}
