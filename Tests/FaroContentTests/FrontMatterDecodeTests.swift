import Testing
import FaroContent
import FaroCore
import FaroYAML

@Suite struct FrontMatterDecodeTests {
    @Test func decodesEveryKey() throws {
        let yaml = """
            title: Viajar seguro
            description: Consejos para el camino.
            date: 2021-01-14
            updated: 2021-03-02
            weight: 3
            draft: true
            slug: travel-safe
            aliases: [/es/viejo/, /old.html]
            tags: [salud, viaje]
            allow_html: true
            template: special
            translation_of: 91cc488251
            review: draft

            """
        let matter = try FrontMatterParser.decode(yaml, path: "a.md")
        #expect(matter == FrontMatter(title: "Viajar seguro", description: "Consejos para el camino.", date: Day(iso: "2021-01-14"),
                                      updated: Day(iso: "2021-03-02"), weight: 3, draft: true, slug: "travel-safe",
                                      aliases: ["/es/viejo/", "/old.html"], tags: ["salud", "viaje"], allowHTML: true, template: "special",
                                      translationOf: "91cc488251", review: .draft))
    }

    @Test func defaultsEveryKeyButTheTitle() throws {
        #expect(try FrontMatterParser.decode("title: Hola\n", path: "a.md") == FrontMatter(title: "Hola"))
    }

    @Test func acceptsASingleAliasWithoutAList() throws {
        #expect(try FrontMatterParser.decode("title: Hola\naliases: /es/viejo/\n", path: "a.md").aliases == ["/es/viejo/"])
    }

    @Test func reportsAnUnknownKeyAtItsFileLine() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try FrontMatterParser.decode("title: Hola\ndate: 2021-01-14\ntitel: Hola\n", path: "Content/a.md")
        }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .unknownKey("titel", suggestion: "title"))
        #expect(diagnostic.location == Location(file: "Content/a.md", line: 4, column: 1))
    }

    @Test func reportsAMissingTitle() throws {
        let found = diagnostics { () throws(DiagnosticsError) in try FrontMatterParser.decode("description: x\n", path: "Content/a.md") }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .missingKey("title"))
        #expect(diagnostic.location.line == 2)
    }

    @Test func reportsAMissingTitleInEmptyFrontMatter() throws {
        let found = diagnostics { () throws(DiagnosticsError) in try FrontMatterParser.decode("", path: "Content/a.md") }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .missingKey("title"))
        #expect(diagnostic.location == Location(file: "Content/a.md", line: 2, column: 1))
    }

    @Test func reportsAnImpossibleDateAtItsFileLine() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try FrontMatterParser.decode("title: Hola\ndate: 2021-02-30\n", path: "Content/a.md")
        }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .invalidDate(key: "date", value: "2021-02-30"))
        #expect(diagnostic.location == Location(file: "Content/a.md", line: 3, column: 7))
    }

    @Test func reportsAnInvalidSlugWithAValidSuggestion() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try FrontMatterParser.decode("title: Hola\nslug: Viajar Seguro\n", path: "Content/a.md")
        }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? ContentProblem == .invalidSlug("Viajar Seguro", suggestion: "viajar-seguro"))
        #expect(diagnostic.location == Location(file: "Content/a.md", line: 3, column: 7))
    }

    @Test(arguments: ["es/viejo/", "/es/../secreto/", "//example.org/x"])
    func reportsAnAliasThatIsNotASitePath(_ alias: String) throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try FrontMatterParser.decode("title: Hola\naliases: [\"\(alias)\"]\n", path: "Content/a.md")
        }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? ContentProblem == .invalidAlias(alias))
        #expect(diagnostic.location.line == 3)
    }

    @Test func reportsAReviewStateThatIsNotDraftOrReviewed() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try FrontMatterParser.decode("title: Hola\nreview: done\n", path: "Content/a.md")
        }
        let diagnostic = try #require(found.single)
        #expect(diagnostic.problem as? YAMLProblem == .invalidValue(key: "review", value: "done", expected: "draft or reviewed"))
        #expect(diagnostic.location == Location(file: "Content/a.md", line: 3, column: 9))
    }

    @Test func reportsEveryProblemOfTheBlockTogether() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try FrontMatterParser.decode("title: Hola\nweight: alto\ndraft: sí\n", path: "Content/a.md")
        }
        #expect(found.map { $0.problem as? YAMLProblem } == [.wrongType(key: "weight", expected: "a whole number"),
                                                            .wrongType(key: "draft", expected: "true or false")])
        #expect(found.map(\.location.line) == [3, 4])
    }

    @Test func reportsInvalidYAMLAtItsFileLine() throws {
        let found = diagnostics { () throws(DiagnosticsError) in
            try FrontMatterParser.decode("title: Hola\ntags: a: b\n", path: "Content/a.md")
        }
        let diagnostic = try #require(found.single)
        guard case .invalidYAML = diagnostic.problem as? YAMLProblem else {
            Issue.record("expected invalidYAML, got \(diagnostic.problem)")
            return
        }
        #expect(diagnostic.location.line == 3)
    }
}
