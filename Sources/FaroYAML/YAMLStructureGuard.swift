import CYaml
import FaroCore

/// Checks a YAML text's structure before Yams builds a tree of it: no anchors or aliases, and no value
/// nested deeper than `maxDepth`.
///
/// Anchors and aliases are refused rather than limited because no Faro file needs them, they make one
/// line's value appear at another line (so an error could not name where it is), and Yams cannot be
/// limited from outside: it shares aliased subtrees, but its duplicate-key check hashes every key in
/// full, so a "billion laughs" document with an alias as a key hangs inside `Yams.compose` itself.
/// Depth is limited because Yams builds, hashes and frees trees recursively. The check reads libyaml's
/// event stream (the parser Yams itself uses, with explicit stacks instead of recursion), so it is
/// linear in the text and agrees with Yams on what is an anchor; syntax errors are left to Yams to report.
enum YAMLStructureGuard {
    /// Deeper than any Faro format (site.yaml and records are three levels), far below libyaml's own limit of 1,000.
    static let maxDepth = 32

    /// The first structural problem in `text`, if any.
    static func problem(in text: String, file: String, lineOffset: Int) -> Diagnostic? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> Diagnostic? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                let found = check(event, depth: &depth)
                let type = event.type
                let mark = event.start_mark
                yaml_event_delete(&event)
                if let found {
                    return Diagnostic(at: SourceLocation(file: file, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1), found)
                }
                if type == YAML_STREAM_END_EVENT { return nil }
            }
            // libyaml's scanner reads far ahead, so a deep document meets its own limit before ours.
            guard let reason = parser.problem, String(cString: reason).contains("nesting level") else { return nil }
            let mark = parser.problem_mark
            return Diagnostic(at: SourceLocation(file: file, line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1),
                              YAMLProblem.nestedTooDeeply(limit: maxDepth))
        }
    }

    /// What is wrong with one event, updating the nesting depth.
    private static func check(_ event: yaml_event_t, depth: inout Int) -> YAMLProblem? {
        switch event.type {
        case YAML_ALIAS_EVENT:
            return .anchorsNotAllowed
        case YAML_SCALAR_EVENT:
            return event.data.scalar.anchor == nil ? nil : .anchorsNotAllowed
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
            if anchor != nil { return .anchorsNotAllowed }
            depth += 1
            return depth > maxDepth ? .nestedTooDeeply(limit: maxDepth) : nil
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            depth -= 1
            return nil
        default:
            return nil
        }
    }
}
