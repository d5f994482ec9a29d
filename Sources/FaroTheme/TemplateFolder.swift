import FaroCore
import Foundation

/// Reads every `.mustache` file of a folder, reporting syntax errors and references to missing partials
/// with file and line (swift-mustache itself would render a missing partial as empty text).
struct TemplateFolder {
    var templates: [String: [TemplateNode]] = [:]
    /// Every readable template's text, by name (indented copies of partials are made from it).
    var sources: [String: String] = [:]
    /// Partials included with indentation, which get indented copies.
    var indentedPartials: Set<TemplateParser.IndentedPartial> = []
    var diagnostics: [Diagnostic] = []
    /// Every template file's name, including those that failed to parse.
    var names: [String] = []
    /// UI string keys the templates read, where each is read.
    var stringKeys: [(key: String, location: SourceLocation)] = []

    init(folder: URL, displayPath: String) {
        names = Self.templateNames(in: folder)
        for name in names {
            let path = displayPath + "/" + name + ".mustache"
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name + ".mustache"), encoding: .utf8) else {
                diagnostics.append(Diagnostic(at: SourceLocation(file: path, line: 0, column: 0), ThemeProblem.templateSyntax("not readable as UTF-8 text")))
                continue
            }
            sources[name] = text
            var parser = TemplateParser(text)
            do {
                templates[name] = try parser.parse()
                indentedPartials.formUnion(parser.indentedPartials)
            } catch {
                diagnostics.append(Diagnostic(at: SourceLocation(file: path, line: error.line, column: error.column),
                                              ThemeProblem.templateSyntax(error.message)))
            }
        }
        for name in names {
            guard let text = sources[name] else { continue }
            let file = displayPath + "/" + name + ".mustache"
            for reference in TemplateTags.partials(in: text) where sources[reference.name] == nil {
                diagnostics.append(Diagnostic(at: SourceLocation(file: file, line: reference.tag.line, column: reference.tag.column),
                                              ThemeProblem.missingPartial(reference.name)))
            }
            for reference in TemplateTags.strings(in: text) {
                stringKeys.append((reference.key, SourceLocation(file: file, line: reference.tag.line, column: reference.tag.column)))
            }
        }
    }

    /// Template names (paths without `.mustache`, subfolders kept) in sorted order.
    static func templateNames(in folder: URL) -> [String] {
        FileTree.walk(folder).filter { $0.kind == .file && $0.path.hasSuffix(".mustache") }
            .map { String($0.path.dropLast(".mustache".count)) }.sorted()
    }
}

/// Lists the tags of a template (`{{…}}`) with their line and column, so the theme can be checked
/// before it renders anything: partials that do not exist, UI strings that no catalog has.
enum TemplateTags {
    struct Tag: Equatable {
        /// What is between the braces, trimmed (`> partials/x`, `t.published`, `#page.date`).
        let content: String
        let line: Int
        let column: Int
    }

    static func find(in text: String) -> [Tag] {
        var tags: [Tag] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                var inner = rest[open.upperBound..<close.lowerBound]
                if inner.first == "{" { inner = inner.dropFirst() }
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                tags.append(Tag(content: inner.trimmingCharacters(in: .whitespaces), line: lineIndex + 1, column: column))
                rest = rest[close.upperBound...]
            }
        }
        return tags
    }

    /// Names of partials and parents a template includes (`{{> name}}`, `{{< name}}`).
    static func partials(in text: String) -> [(name: String, tag: Tag)] {
        find(in: text).compactMap { tag in
            guard let marker = tag.content.first, marker == ">" || marker == "<" else { return nil }
            let name = tag.content.dropFirst().trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : (name, tag)
        }
    }

    /// UI string keys a template reads (`{{t.key}}`, `{{#t.key}}`).
    static func strings(in text: String) -> [(key: String, tag: Tag)] {
        find(in: text).compactMap { tag in
            var name = tag.content[...]
            if let first = name.first, "#^/&".contains(first) { name = name.dropFirst() }
            name = name.drop { $0 == " " }
            guard name.hasPrefix("t."), name.count > 2 else { return nil }
            return (String(name.dropFirst(2)), tag)
        }
    }
}
