import Testing
import FaroContent
import FaroCore

@Suite struct FrontMatterSplitTests {
    @Test func separatesTheYAMLFromTheBody() throws {
        let split = try FrontMatterParser.split("---\ntitle: Hola\n---\n# Cuerpo\n", path: "a.md")
        #expect(split.yaml == "title: Hola\n")
        #expect(split.body == "# Cuerpo\n")
    }

    @Test func givesTheFileLineOfTheFirstBodyLine() throws {
        let split = try FrontMatterParser.split("---\ntitle: Hola\ndate: 2021-01-14\n---\nCuerpo\n", path: "a.md")
        #expect(split.bodyLine == 5)
    }

    @Test func acceptsThreeDotsAsTheClosingLine() throws {
        let split = try FrontMatterParser.split("---\ntitle: Hola\n...\nCuerpo\n", path: "a.md")
        #expect(split.yaml == "title: Hola\n")
        #expect(split.body == "Cuerpo\n")
    }

    @Test func acceptsAFileThatEndsWithTheClosingLine() throws {
        let split = try FrontMatterParser.split("---\ntitle: Hola\n---", path: "a.md")
        #expect(split.body == "")
        #expect(split.bodyLine == 4)
    }

    @Test func keepsADashLineInsideTheBody() throws {
        let split = try FrontMatterParser.split("---\ntitle: Hola\n---\nUno\n---\nDos\n", path: "a.md")
        #expect(split.body == "Uno\n---\nDos\n")
    }

    @Test func reportsAPageWithoutFrontMatterAtItsStart() throws {
        let found = diagnostics { () throws(DiagnosticsError) in try FrontMatterParser.split("# Hola\n", path: "Content/a.md") }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? ContentProblem == .missingFrontMatter)
        #expect(diagnostic.location == Location(file: "Content/a.md", line: 1, column: 1))
    }

    @Test func reportsFrontMatterThatIsNeverClosed() throws {
        let found = diagnostics { () throws(DiagnosticsError) in try FrontMatterParser.split("---\ntitle: Hola\n\nCuerpo\n", path: "Content/a.md") }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? ContentProblem == .unterminatedFrontMatter)
        #expect(diagnostic.location.file == "Content/a.md")
    }
}
