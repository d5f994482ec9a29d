import FaroCore

/// Compiled templates by name, rendered against `TemplateValue`s.
struct TemplateLibrary: Sendable {
    private let templates: [String: [TemplateNode]]

    /// Compiles templates already parsed, and the indented copies of partials they ask for.
    init(parsed: [String: [TemplateNode]], sources: [String: String], indentedPartials: Set<TemplateParser.IndentedPartial>) {
        var templates = parsed
        var pending = Array(indentedPartials)
        var done: Set<String> = []
        while let partial = pending.popLast() {
            guard done.insert(partial.key).inserted, let source = sources[partial.name] else { continue }
            var parser = TemplateParser(TemplateParser.indent(source, with: partial.indentation))
            if let nodes = try? parser.parse() {
                templates[partial.key] = nodes
                pending += parser.indentedPartials
            }
        }
        self.templates = templates
    }

    /// Partials and parents nest at most this deep (a template that includes itself stops here).
    static let maximumDepth = 64

    /// Renders a template; nil when there is no template of that name.
    func render(_ name: String, context: TemplateValue) throws(ThemeProblem) -> String? {
        guard let nodes = templates[name] else { return nil }
        var renderer = Renderer(templates: templates)
        renderer.stack = [context]
        try renderer.render(nodes, blocks: [:], depth: 0)
        return renderer.output
    }

    private struct Renderer {
        let templates: [String: [TemplateNode]]
        var stack: [TemplateValue] = []
        var output = ""

        init(templates: [String: [TemplateNode]]) {
            self.templates = templates
            output.reserveCapacity(16_384)
        }

        mutating func render(_ nodes: [TemplateNode], blocks: [String: [TemplateNode]], depth: Int) throws(ThemeProblem) {
            for node in nodes {
                switch node {
                case .text(let text):
                    output += text
                case .variable(let path, let escaped):
                    switch lookup(path) {
                    case .string(let text): output += escaped ? Escape.html(text) : text
                    case .bool(let flag): output += flag ? "true" : "false"
                    case .null, .list, .map: break
                    }
                case .section(let path, let children, let inverted):
                    let value = lookup(path)
                    if inverted {
                        if !value.isTruthy { try render(children, blocks: blocks, depth: depth) }
                        continue
                    }
                    switch value {
                    case .null, .bool(false): break
                    case .bool(true): try render(children, blocks: blocks, depth: depth)
                    case .list(let items):
                        for item in items {
                            stack.append(item)
                            try render(children, blocks: blocks, depth: depth)
                            stack.removeLast()
                        }
                    case .string, .map:
                        stack.append(value)
                        try render(children, blocks: blocks, depth: depth)
                        stack.removeLast()
                    }
                case .partial(let key):
                    guard let partial = templates[key] else { continue }
                    try enter(depth)
                    try render(partial, blocks: blocks, depth: depth + 1)
                case .parent(let name, let defined):
                    guard let parent = templates[name] else { continue }
                    try enter(depth)
                    // The most derived template's blocks win over those of the templates it extends.
                    try render(parent, blocks: defined.merging(blocks) { _, derived in derived }, depth: depth + 1)
                case .block(let name, let defaults):
                    try render(blocks[name] ?? defaults, blocks: blocks, depth: depth)
                }
            }
        }

        private func enter(_ depth: Int) throws(ThemeProblem) {
            if depth >= TemplateLibrary.maximumDepth {
                throw ThemeProblem.templateSyntax("partials nest more than \(TemplateLibrary.maximumDepth) deep; does a partial include itself?")
            }
        }

        /// The value a name means: its first part is looked up from the innermost section outwards,
        /// the rest inside what was found.
        private func lookup(_ path: [String]) -> TemplateValue {
            guard !path.isEmpty else { return stack.last ?? .null }
            let first = path[0]
            var frame = stack.count
            while frame > 0 {
                frame -= 1
                guard case .map(let values) = stack[frame], var value = values[first] else { continue }
                var part = 1
                while part < path.count {
                    guard case .map(let inner) = value, let next = inner[path[part]] else { return .null }
                    value = next
                    part += 1
                }
                return value
            }
            return .null
        }
    }
}
