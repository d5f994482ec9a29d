import FaroBuild
import FaroCore
import Foundation

/// Everything `faro` prints goes through here: diagnostics to standard error, summaries to standard output.
enum Console {
    static func out(_ text: String) {
        print(text)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints each diagnostic as `path:line:column: severity: message` (or as GitHub annotations);
    /// returns whether the run fails.
    static func printDiagnostics(_ diagnostics: [Diagnostic], strict: Bool, output: MessageOptions = MessageOptions()) -> Bool {
        let language = output.language
        for diagnostic in diagnostics {
            switch output.format {
            case .text: error(diagnostic.formatted(in: language))
            case .github: out(diagnostic.githubAnnotation(in: language))
            }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if errors > 0 || (strict && warnings > 0) {
            let counts = language == .es
                ? "\(errors) error\(errors == 1 ? "" : "es"), \(warnings) aviso\(warnings == 1 ? "" : "s")"
                : "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            error(counts + (strict && errors == 0 ? " (--strict)" : ""))
            return true
        }
        return false
    }

    static func kilobytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1024)
    }

    static func summary(_ report: BuildReport, elapsed: Duration, output: String, warnings: Int = 0) -> String {
        let languages = report.pagesByLanguage.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var lines = ["built \(report.pageCount) pages (\(languages)), \(report.recordCount) directory records, \(report.pdfCount) PDFs and \(report.otherFiles) other files into \(output) in \(String(format: "%.2f", seconds)) s; \(warnings) warnings"]
        if !report.pageWeights.isEmpty {
            // Sizes well within the budget are upper estimates (see WireSizeMeter); the label says so.
            let estimated = report.pageWeights.contains { !$0.exact }
            lines.append("page weight (gzipped\(estimated ? ", at most" : "")): median \(kilobytes(report.medianWeight)) KB; heaviest:")
            for page in report.heaviest(3) { lines.append("  \(kilobytes(page.gzipBytes)) KB  \(page.path)") }
        }
        return lines.joined(separator: "\n")
    }
}
