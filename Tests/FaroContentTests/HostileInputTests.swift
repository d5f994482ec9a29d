import FaroContent
import FaroCore
import FaroYAML
import Foundation
import Testing

/// Whatever a person can type or save, reading pages and site.yaml ends in a result or an error naming
/// the file and line: never a crash, never a hang.
@Suite struct HostileInputTests {
    /// "Billion laughs": ten levels of anchors, each aliasing the one before nine times (9¹⁰ values when expanded).
    static func aliasBomb(key: String, aliasAsKey: Bool = false) -> String {
        var text = "\(key)0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...10 {
            text += "\(key)\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        // As a key, the alias makes Yams hash the whole expansion while checking for duplicate keys.
        if aliasAsKey { text += "? *a10\n: lol\n" }
        return text
    }

    /// `[` 10,000 times, closed again.
    static let deepNesting = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)

    @Test func invalidUTF8IsAnErrorAtTheLineOfTheFirstBadByte() throws {
        var bytes = Data("---\ntitle: Hola\n---\nUno\nDos ".utf8)
        bytes.append(contentsOf: [0xC3, 0x28, 0x0A])
        let found = try withContentFolder(["site.yaml": bilingualSiteConfig]) { root in
            try bytes.write(to: root.appendingPathComponent("a.es.md"))
            return diagnostics { () throws(DiagnosticsError) in try ContentLoader(contentURL: root, displayRoot: "Content").load() }
        }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? SourceTextProblem == .notUTF8)
        #expect(diagnostic.location.file == "Content/a.es.md")
        #expect(diagnostic.location.line == 5)
    }

    @Test func aByteOrderMarkAndCRLFLineEndsReadLikePlainUTF8() throws {
        let content = try loadContent(["a.es.md": "\u{FEFF}---\r\ntitle: Hola\r\nweight: 2\r\n---\r\nTexto\r\n"])
        let page = try #require(content.page("a.es.md", in: "es"))
        #expect(page.frontMatter.title == "Hola")
        #expect(page.frontMatter.weight == 2)
        #expect(page.body == "Texto\n")
    }

    @Test func errorsInACRLFFileNameTheRightLine() throws {
        let found = try loadingDiagnostics(["a.es.md": "---\r\ntitle: Hola\r\ntitel: x\r\n---\r\n"])
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .unknownKey("titel", suggestion: "title"))
        #expect(diagnostic.location == Location(file: "Content/a.es.md", line: 3, column: 1))
    }

    @Test func aTabInYAMLIndentationIsAnErrorAtItsLine() throws {
        let found = try loadingDiagnostics(["a.es.md": "---\ntitle: Hola\ntags:\n\t- salud\n---\n"])
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .tabIndentation)
        #expect(diagnostic.location.file == "Content/a.es.md")
        #expect(diagnostic.location.line == 4)
    }

    @Test func anEmptyPageIsAnErrorNotAnEmptyPage() throws {
        let found = try loadingDiagnostics(["a.es.md": ""])
        #expect(contentProblems(found) == [.missingFrontMatter])
        #expect(found.single?.location.file == "Content/a.es.md")
    }

    @Test func anEmptySiteConfigIsAnError() throws {
        let found = diagnostics { () throws(DiagnosticsError) in try SiteConfigLoader.parse("", path: "Content/site.yaml") }
        #expect(found.single?.problem as? YAMLProblem == .missingKey("languages"))
    }

    @Test func aFiftyMegabytePageIsRefusedWithAClearError() throws {
        let found = try withContentFolder(["site.yaml": bilingualSiteConfig]) { root in
            let url = root.appendingPathComponent("enorme.es.md")
            try Self.writeLargePage(to: url, megabytes: 50)
            defer { try? FileManager.default.removeItem(at: url) }
            return diagnostics { () throws(DiagnosticsError) in try ContentLoader(contentURL: root, displayRoot: "Content").load() }
        }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? SourceTextProblem == .tooLarge(bytes: 50 * 1_048_576, limit: SourceText.maxBytes))
        #expect(diagnostic.location.file == "Content/enorme.es.md")
    }

    @Test func aFiftyMegabyteTextStillSplitsIntoFrontMatterAndBody() throws {
        let body = String(repeating: "Una línea de texto con *énfasis* y [un enlace](/es/).\n", count: 50 * 1_048_576 / 56)
        let split = try FrontMatterParser.split("---\ntitle: Enorme\n---\n" + body, path: "a.md")
        #expect(split.yaml == "title: Enorme\n")
        #expect(split.body.utf8.count == body.utf8.count)
    }

    @Test func frontMatterThatIsNeverClosedInAHugeFileIsAnError() throws {
        let text = "---\ntitle: x\n" + String(repeating: "linea\n", count: 2_000_000)
        let found = diagnostics { () throws(DiagnosticsError) in try FrontMatterParser.split(text, path: "a.md") }
        #expect(contentProblems(found) == [.unterminatedFrontMatter])
    }

    @Test func deeplyNestedFrontMatterIsAnErrorAtItsLine() throws {
        let found = try loadingDiagnostics(["a.es.md": "---\ntitle: Hola\ntags: " + Self.deepNesting + "\n---\n"])
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .nestedTooDeeply(limit: 32))
        #expect(diagnostic.location.file == "Content/a.es.md")
        #expect(diagnostic.location.line == 3)
    }

    @Test func deeplyNestedSiteConfigIsAnError() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try SiteConfigLoader.parse("title: " + Self.deepNesting + "\n", path: "Content/site.yaml")
        }
        #expect(found.single?.problem as? YAMLProblem == .nestedTooDeeply(limit: 32))
        #expect(found.single?.location.line == 1)
    }

    @Test func anAliasBombInFrontMatterIsRefusedAtItsFirstAnchor() throws {
        let found = try loadingDiagnostics(["a.es.md": "---\ntitle: Hola\n" + Self.aliasBomb(key: "t") + "---\n"])
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .anchorsNotAllowed)
        #expect(diagnostic.location == Location(file: "Content/a.es.md", line: 3, column: 5))
    }

    @Test func anAliasBombUsedAsAKeyInFrontMatterIsRefusedNotExpanded() throws {
        let found = try loadingDiagnostics(["a.es.md": "---\ntitle: Hola\n" + Self.aliasBomb(key: "t", aliasAsKey: true) + "---\n"])
        #expect(found.single?.problem as? YAMLProblem == .anchorsNotAllowed)
    }

    @Test func anAliasBombInSiteConfigIsRefused() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try SiteConfigLoader.parse(bilingualSiteConfig + Self.aliasBomb(key: "x", aliasAsKey: true), path: "Content/site.yaml")
        }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .anchorsNotAllowed)
        #expect(diagnostic.location.file == "Content/site.yaml")
        #expect(diagnostic.location.line == 6)
    }

    @Test func aSingleHarmlessAliasIsRefusedToo() throws {
        let found = try loadingDiagnostics(["a.es.md": "---\ntitle: &t Hola\ndescription: *t\n---\n"])
        #expect(found.single?.problem as? YAMLProblem == .anchorsNotAllowed)
        #expect(found.single?.location == Location(file: "Content/a.es.md", line: 2, column: 8))
    }

    @Test func anAmpersandOrAsteriskInsideTextIsNotAnAnchor() throws {
        let content = try loadContent(["a.es.md": pageFile("title: Salud & derechos *importante*\ndescription: \"&nota\"")])
        #expect(content.page("a.es.md", in: "es")?.frontMatter.title == "Salud & derechos *importante*")
    }

    @Test func aSymbolicLinkedFolderInTheContentIsAnErrorAndIsNotRead() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("faro-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try Data(pageFile("title: Secreto").utf8).write(to: outside.appendingPathComponent("secreto.es.md"))
        let found = try withContentFolder(["site.yaml": bilingualSiteConfig, "a.es.md": pageFile("title: A")]) { root in
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("guias"), withDestinationURL: outside)
            return diagnostics { () throws(DiagnosticsError) in try ContentLoader(contentURL: root, displayRoot: "Content").load() }
        }
        #expect(contentProblems(found) == [.symbolicLink])
        #expect(found.single?.location.file == "Content/guias")
    }

    @Test func aBaseURLThatIsNotAWebAddressIsAnErrorAtItsKey() throws {
        for url in ["javascript:alert(1)//", "https://example.org/\"><script>alert(1)</script>", "https://", "https:///es/",
                    "https://example.org/?x=1", "https://example.org/\nSitemap: https://evil.example/"] {
            let text = bilingualSiteConfig.replacingOccurrences(of: "https://example.org/",
                                                                with: "\"" + url.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\"")
            let found = diagnostics { () throws(DiagnosticsError) in try SiteConfigLoader.parse(text, path: "Content/site.yaml") }
            let diagnostic = try #require(found.single, "\(url) was accepted")
            #expect(diagnostic.problem as? YAMLProblem == .invalidValue(key: "base_url", value: url, expected: "an absolute http(s) URL"))
            #expect(diagnostic.location == Location(file: "Content/site.yaml", line: 2, column: 11))
        }
    }

    /// Writes a page of exactly `megabytes` MB, 1 MB at a time, so the test never holds it whole.
    static func writeLargePage(to url: URL, megabytes: Int) throws {
        let header = Data("---\ntitle: Enorme\n---\n".utf8)
        var piece = Data(String(repeating: "Texto de relleno para una página enorme.\n", count: 1_048_576 / 42).utf8)
        piece.append(Data(repeating: UInt8(ascii: "\n"), count: 1_048_576 - piece.count))
        FileManager.default.createFile(atPath: url.path, contents: header)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        for index in 0..<megabytes {
            try handle.write(contentsOf: index == 0 ? piece.dropFirst(header.count) : piece)
        }
    }
}
