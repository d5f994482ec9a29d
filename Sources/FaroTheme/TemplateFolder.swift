import FaroCore
import Foundation
import Mustache

/// Reads every `.mustache` file of a folder, reporting syntax errors and references to missing partials
/// with file and line (swift-mustache itself would render a missing partial as empty text).
struct TemplateFolder {
    var templates: [String: MustacheTemplate] = [:]
    var diagnostics: [Diagnostic] = []

    init(folder: URL, displayPath: String) {
        let names = Self.templateNames(in: folder)
        var sources: [String: String] = [:]
        for name in names {
            let path = displayPath + "/" + name + ".mustache"
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name + ".mustache"), encoding: .utf8) else {
                diagnostics.append(Diagnostic(at: SourceLocation(file: path, line: 0, column: 0), ThemeProblem.templateSyntax("not readable as UTF-8 text")))
                continue
            }
            sources[name] = text
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(at: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber),
                                              ThemeProblem.templateSyntax("\(error.error)")))
            } catch {
                diagnostics.append(Diagnostic(at: SourceLocation(file: path), ThemeProblem.templateSyntax("\(error)")))
            }
        }
        for name in names {
            guard let text = sources[name] else { continue }
            for reference in PartialReferences.find(in: text) where sources[reference.name] == nil {
                diagnostics.append(Diagnostic(at: SourceLocation(file: displayPath + "/" + name + ".mustache", line: reference.line, column: reference.column),
                                              ThemeProblem.missingPartial(reference.name)))
            }
        }
    }

    /// Template names (paths without `.mustache`, subfolders kept) in sorted order.
    static func templateNames(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var names: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".mustache") {
            names.append(String(path.dropLast(".mustache".count)))
        }
        return names.sorted()
    }
}

/// Finds `{{> name}}` and `{{< name}}` tags in a template's text, with their line and column.
enum PartialReferences {
    struct Reference: Equatable {
        let name: String
        let line: Int
        let column: Int
    }

    static func find(in text: String) -> [Reference] {
        var references: [Reference] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...].drop { $0 == " " }
                guard let marker = afterOpen.first, marker == ">" || marker == "<",
                      let close = afterOpen.range(of: "}}") else {
                    rest = rest[open.upperBound...]
                    continue
                }
                let name = afterOpen[afterOpen.index(after: afterOpen.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                if !name.isEmpty { references.append(Reference(name: name, line: lineIndex + 1, column: column)) }
                rest = afterOpen[close.upperBound...]
            }
        }
        return references
    }
}
