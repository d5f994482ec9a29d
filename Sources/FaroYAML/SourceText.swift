import FaroCore
import Foundation

/// Problems reading a source file before any parsing.
public enum SourceTextProblem: FaroProblem, Equatable {
    /// The file could not be read at all.
    case unreadable(String)
    /// The file is not UTF-8 text.
    case notUTF8

    public var description: String {
        switch self {
        case .unreadable(let reason): return "cannot read the file: \(reason)"
        case .notUTF8: return "the file is not UTF-8 text; save it as UTF-8"
        }
    }
}

/// Reads text files the way editors write them: UTF-8 with or without a BOM, LF or CRLF line ends.
public enum SourceText {
    /// The file's text with a leading BOM removed and line ends normalised to `\n`.
    public static func read(_ url: URL, displayPath: String) throws(DiagnosticsError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: displayPath), SourceTextProblem.unreadable(error.localizedDescription))])
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: displayPath), SourceTextProblem.notUTF8)])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }
}
