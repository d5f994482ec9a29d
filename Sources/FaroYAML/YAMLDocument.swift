import FaroCore
import Yams

/// Parses YAML text into a node tree that remembers where each value came from.
public enum YAMLDocument {
    /// Parses `text` from `file`; `lineOffset` is added to every line (front matter starts below `---`).
    /// Returns nil for an empty document. Throws a diagnostic for invalid YAML, for anchors and aliases,
    /// and for values nested too deeply (see `YAMLStructureGuard`).
    public static func parse(_ text: String, file: String, lineOffset: Int = 0) throws(DiagnosticsError) -> Node? {
        if let problem = YAMLStructureGuard.problem(in: text, file: file, lineOffset: lineOffset) {
            throw DiagnosticsError([problem])
        }
        do {
            return try Yams.compose(yaml: text, .default, .default, encoding)
        } catch let error as YamlError {
            throw DiagnosticsError([diagnostic(for: error, file: file, lineOffset: lineOffset)])
        } catch {
            throw DiagnosticsError([Diagnostic(at: SourceLocation(file: file, line: lineOffset + 1), YAMLProblem.invalidYAML("\(error)"))])
        }
    }

    /// Yams' default encoding, read once: Yams works it out from the environment on every call,
    /// which cost more than parsing a page's front matter.
    private static let defaultIsUTF8 = Parser.Encoding.default == .utf8
    private static var encoding: Parser.Encoding { defaultIsUTF8 ? .utf8 : .utf16 }

    /// The location of a node in its file.
    public static func location(of node: Node, file: String, lineOffset: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case .scanner(_, _, let mark, let yaml) where indentsWithTab(line: mark.line, of: yaml):
            return Diagnostic(at: at(mark), YAMLProblem.tabIndentation)
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let reason = context.map { "\(problem) \($0.text)" } ?? problem
            return Diagnostic(at: at(mark), YAMLProblem.invalidYAML(reason))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(at: at(context.mark), YAMLProblem.duplicateKey(duplicates.joined(separator: ", ")))
        case .reader(let problem, _, _, _):
            return Diagnostic(at: SourceLocation(file: file, line: lineOffset + 1), YAMLProblem.invalidYAML(problem))
        default:
            return Diagnostic(at: SourceLocation(file: file, line: lineOffset + 1), YAMLProblem.invalidYAML("\(error)"))
        }
    }

    /// Whether a one-based line of `text` has a tab in its indentation, which YAML does not allow.
    static func indentsWithTab(line: Int, of text: String) -> Bool {
        guard line >= 1 else { return false }
        let lines = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
        guard line <= lines.count else { return false }
        return lines[line - 1].prefix { $0 == " " || $0 == "\t" }.contains("\t")
    }
}
