import Testing
import FaroCore
import FaroYAML

@Suite struct YAMLDocumentTests {
    @Test func parsesAMapping() throws {
        let node = try #require(try YAMLDocument.parse("title: Faro\n", file: "site.yaml"))
        #expect(node["title"]?.string == "Faro")
    }

    @Test func returnsNothingForAnEmptyDocument() throws {
        #expect(try YAMLDocument.parse("", file: "site.yaml") == nil)
    }

    @Test func reportsInvalidYAMLAtItsLine() throws {
        let found = diagnostics { () throws(DiagnosticsError) in try YAMLDocument.parse("title: Faro\ntheme: a: b\n", file: "site.yaml") }
        let diagnostic = try #require(found.single)
        guard case .invalidYAML = diagnostic.problem as? YAMLProblem else {
            Issue.record("expected invalidYAML, got \(diagnostic.problem)")
            return
        }
        #expect(diagnostic.location.file == "site.yaml")
        #expect(diagnostic.location.line == 2)
    }

    @Test func reportsInvalidYAMLBelowTheLineOffset() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try YAMLDocument.parse("title: Faro\ntheme: a: b\n", file: "page.md", lineOffset: 1)
        }
        let diagnostic = try #require(found.single)
        guard case .invalidYAML = diagnostic.problem as? YAMLProblem else {
            Issue.record("expected invalidYAML, got \(diagnostic.problem)")
            return
        }
        #expect(diagnostic.location.file == "page.md")
        #expect(diagnostic.location.line == 3)
    }

    @Test func reportsAnUnclosedFlowSequence() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try YAMLDocument.parse("tags: [salud, viaje\ntitle: Faro\n", file: "page.md", lineOffset: 1)
        }
        let diagnostic = try #require(found.single)
        guard case .invalidYAML = diagnostic.problem as? YAMLProblem else {
            Issue.record("expected invalidYAML, got \(diagnostic.problem)")
            return
        }
        #expect(diagnostic.location.line >= 2)
    }

    @Test func reportsADuplicateKeyAtItsLine() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try YAMLDocument.parse("description: x\ntitle: A\ntitle: B\n", file: "page.md", lineOffset: 1)
        }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .duplicateKey("title"))
        #expect(diagnostic.location == Location(file: "page.md", line: 3, column: 1))
    }

    @Test func locatesANodeBelowTheLineOffset() throws {
        let node = try #require(try YAMLDocument.parse("a: 1\nb: 2\n", file: "page.md", lineOffset: 1))
        let value = try #require(node["b"])
        #expect(YAMLDocument.location(of: value, file: "page.md", lineOffset: 1) == Location(file: "page.md", line: 3, column: 4))
    }
}
