import Testing
import FaroCore
import FaroYAML

@Suite struct MappingReaderTests {
    private func reader(_ yaml: String, lineOffset: Int = 0) throws -> MappingReader {
        let node = try #require(try YAMLDocument.parse(yaml, file: "test.yaml", lineOffset: lineOffset))
        return MappingReader(node, file: "test.yaml", lineOffset: lineOffset)
    }

    @Test func readsKnownKeysWithoutDiagnostics() throws {
        var reader = try reader("title: Faro\nweight: 3\ndraft: false\n")
        #expect(reader.string("title") == "Faro")
        #expect(reader.int("weight") == 3)
        #expect(reader.bool("draft") == false)
        reader.rejectUnknownKeys()
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func reportsAnUnknownKeyWithTheClosestKnownKeyAtTheKeysPosition() throws {
        var reader = try reader("date: 2021-01-14\n  \ntitel: Faro\n")
        _ = reader.string("title")
        _ = reader.day("date")
        reader.rejectUnknownKeys()
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.problem as? YAMLProblem == .unknownKey("titel", suggestion: "title"))
        #expect(diagnostic.location == Location(file: "test.yaml", line: 3, column: 1))
    }

    @Test func reportsAnUnknownKeyOfANestedMappingAtItsColumn() throws {
        let node = try #require(try YAMLDocument.parse("languages:\n  - code: es\n    nmae: Español\n", file: "test.yaml"))
        let item = try #require(node["languages"]?.sequence?.first)
        var reader = MappingReader(item, file: "test.yaml")
        _ = reader.string("code")
        _ = reader.string("name")
        reader.rejectUnknownKeys()
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.problem as? YAMLProblem == .unknownKey("nmae", suggestion: "name"))
        #expect(diagnostic.location == Location(file: "test.yaml", line: 3, column: 5))
    }

    @Test func suggestsNothingForAnUnknownKeyFarFromEveryKnownKey() throws {
        var reader = try reader("title: Faro\ncolour: red\n")
        _ = reader.string("title")
        reader.rejectUnknownKeys()
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.problem as? YAMLProblem == .unknownKey("colour", suggestion: nil))
    }

    @Test func reportsAnUnknownKeyBelowTheLineOffset() throws {
        var reader = try reader("title: Faro\ntitel: Faro\n", lineOffset: 1)
        _ = reader.string("title")
        reader.rejectUnknownKeys()
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.location == Location(file: "test.yaml", line: 3, column: 1))
    }

    @Test func reportsAMissingRequiredKeyAtTheMapping() throws {
        var reader = try reader("\ndescription: x\n")
        #expect(reader.string("title", required: true) == nil)
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.problem as? YAMLProblem == .missingKey("title"))
        #expect(diagnostic.location == Location(file: "test.yaml", line: 2, column: 1))
    }

    @Test func acceptsAMissingOptionalKey() throws {
        var reader = try reader("title: Faro\n")
        #expect(reader.string("description") == nil)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test(arguments: ["description:\n", "description: ~\n", "description: null\n"])
    func treatsAnOptionalNullTextAsAbsent(_ yaml: String) throws {
        var reader = try reader(yaml)
        #expect(reader.string("description") == nil)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test(arguments: ["weight:\n", "weight: ~\n"])
    func treatsAnOptionalNullWholeNumberAsAbsent(_ yaml: String) throws {
        var reader = try reader(yaml)
        #expect(reader.int("weight") == nil)
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func rejectsAnEmptyRequiredText() throws {
        var reader = try reader("title: \"  \"\n")
        #expect(reader.string("title", required: true) == nil)
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.problem as? YAMLProblem == .invalidValue(key: "title", value: "", expected: "a non-empty text"))
    }

    @Test func acceptsAPlainNumberAsText() throws {
        var reader = try reader("title: 2021\n")
        #expect(reader.string("title") == "2021")
    }

    @Test func rejectsAListWhereTextIsExpected() throws {
        var reader = try reader("title: [a, b]\n")
        #expect(reader.string("title") == nil)
        #expect(reader.diagnostics.single?.problem as? YAMLProblem == .wrongType(key: "title", expected: "text"))
    }

    @Test(arguments: ["weight: ten\n", "weight: 2.5\n", "weight: '3'\n", "weight: [3]\n"])
    func reportsAWrongTypeForAWholeNumberAtTheValue(_ yaml: String) throws {
        var reader = try reader(yaml)
        #expect(reader.int("weight") == nil)
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.problem as? YAMLProblem == .wrongType(key: "weight", expected: "a whole number"))
        #expect(diagnostic.location == Location(file: "test.yaml", line: 1, column: 9))
    }

    @Test func readsANegativeWholeNumber() throws {
        var reader = try reader("weight: -2\n")
        #expect(reader.int("weight") == -2)
    }

    @Test(arguments: ["draft: yes\n", "draft: 'true'\n", "draft: 1\n", "draft: True\n"])
    func reportsAWrongTypeForAFlagThatIsNotTrueOrFalse(_ yaml: String) throws {
        var reader = try reader(yaml)
        #expect(reader.bool("draft") == nil)
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.problem as? YAMLProblem == .wrongType(key: "draft", expected: "true or false"))
        #expect(diagnostic.location == Location(file: "test.yaml", line: 1, column: 8))
    }

    @Test func readsADate() throws {
        var reader = try reader("date: 2024-02-29\n")
        #expect(reader.day("date") == Day(iso: "2024-02-29"))
    }

    @Test func reportsAnImpossibleDateAtTheValue() throws {
        var reader = try reader("title: Faro\ndate: 2021-02-30\n")
        #expect(reader.day("date") == nil)
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.problem as? YAMLProblem == .invalidDate(key: "date", value: "2021-02-30"))
        #expect(diagnostic.location == Location(file: "test.yaml", line: 2, column: 7))
    }

    @Test func reportsADateInAnotherFormat() throws {
        var reader = try reader("date: 14/01/2021\n")
        #expect(reader.day("date") == nil)
        #expect(reader.diagnostics.single?.problem as? YAMLProblem == .invalidDate(key: "date", value: "14/01/2021"))
    }

    @Test func readsAListOfTexts() throws {
        var reader = try reader("tags: [salud, viaje]\n")
        #expect(reader.strings("tags") == ["salud", "viaje"])
    }

    @Test func acceptsASingleTextAsAListOfOne() throws {
        var reader = try reader("tags: salud\n")
        #expect(reader.strings("tags") == ["salud"])
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func rejectsAListHoldingAMapping() throws {
        var reader = try reader("tags:\n  - salud\n  - {a: b}\n")
        #expect(reader.strings("tags") == nil)
        #expect(reader.diagnostics.single?.problem as? YAMLProblem == .wrongType(key: "tags", expected: "a list of texts"))
    }

    @Test func readsAMapOfTextsWithEachKeysLocation() throws {
        var reader = try reader("title:\n  es: Faro\n  en: Lighthouse\n")
        let read = reader.stringMap("title")
        let entries = try #require(read)
        #expect(entries.map(\.key) == ["es", "en"])
        #expect(entries.map(\.value) == ["Faro", "Lighthouse"])
        #expect(entries.map(\.location) == [Location(file: "test.yaml", line: 2, column: 3), Location(file: "test.yaml", line: 3, column: 3)])
    }

    @Test func rejectsTextWhereAMapIsExpected() throws {
        var reader = try reader("title: Faro\n")
        #expect(reader.stringMap("title") == nil)
        #expect(reader.diagnostics.single?.problem as? YAMLProblem == .wrongType(key: "title", expected: "a mapping such as {es: …, en: …}"))
    }

    @Test func reportsANonTextEntryOfAMapByItsFullKey() throws {
        var reader = try reader("title:\n  es: Faro\n  en: [a]\n")
        let read = reader.stringMap("title")
        let entries = try #require(read)
        #expect(entries.map(\.key) == ["es"])
        #expect(reader.diagnostics.single?.problem as? YAMLProblem == .wrongType(key: "title.en", expected: "text"))
    }

    @Test func reportsADocumentThatIsNotAMapping() throws {
        let node = try #require(try YAMLDocument.parse("- a\n- b\n", file: "test.yaml"))
        let reader = MappingReader(node, file: "test.yaml")
        let diagnostic = try #require(reader.diagnostics.single)
        #expect(diagnostic.problem as? YAMLProblem == .notAMapping(key: nil))
        #expect(diagnostic.location == Location(file: "test.yaml", line: 1, column: 1))
    }

    @Test func listsItsKeysInFileOrder() throws {
        let reader = try reader("b: 1\na: 2\nc: 3\n")
        #expect(reader.keys == ["b", "a", "c"])
    }
}
