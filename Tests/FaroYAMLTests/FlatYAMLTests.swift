import Testing
import FaroYAML
import Yams
import FaroTestSupport

@Suite struct FlatYAMLTests {
    /// What a tree holds for Faro's readers: keys in order, texts, their quoting, lists. Marks and tags are left out.
    static func shape(_ node: Node?) -> String {
        switch node {
        case .scalar(let scalar)?: return "\(scalar.style)(\(scalar.string.debugDescription))"
        case .mapping(let mapping)?: return "{" + mapping.map { shape($0.key) + ": " + shape($0.value) }.joined(separator: ", ") + "}"
        case .sequence(let sequence)?: return "[" + sequence.map { shape($0) }.joined(separator: ", ") + "]"
        case .alias?: return "alias"
        case nil: return "nil"
        }
    }

    @Test(arguments: [
        "title: Viajar seguro\ndescription: Consejos para el camino.\n",
        "title: Informations pour les personnes qui demandent l’asile\ndescription: après le programme « Rester au Mexique ».\n",
        "title: \"Accompaniment 7625\"\ndate: 2021-06-10\nweight: 7625\ntags: [family, travel]\n",
        "title: 'Señor: San José'\nslug: senor\naliases: [/es/viejo/, /old.html]\n",
        "title:    spaced   out   \n\n\ndraft: true\n",
        "title: C# and a:b, [x] {y} 'q' \"d\"\nweight: 010\n",
        "title: \"  inner spaces  \"\ntags: []\naliases: [ ]\n",
        "title: x\ntags: [\"a b\", 'c', d e ,f]\n",
        "title: null\ndescription: ~\ntemplate: NULL\n",
        "title: 😀 emoji\u{A0}and nbsp\n",
        "title: x",
    ])
    func readsFlatYAMLAsYamsDoes(_ text: String) throws {
        let flat = try #require(FlatYAML.parse(text))
        #expect(Self.shape(flat) == Self.shape(try Yams.compose(yaml: text)))
    }

    @Test(arguments: [
        "", "\n\n", "# comment\ntitle: x\n", "title: x # comment\n", "title: x\n  continued\n", "title: x\ntags:\n  - a\n",
        "title: &a x\n", "title: *a\n", "title: !str x\n", "title: \"a\\nb\"\n", "title: 'it''s'\n", "title: \"open\n",
        "title: x\ntitle: y\n", "title:\n", "title:x\n", "title : x\n", "Title: x\n", "title: a: b\n", "title: a:\n",
        "title: x\t\n", "title:\tx\n", "title: x\r\n", "\u{FEFF}title: x\n", "title: a\u{85}b\n", "title: a\u{2028}b\n",
        "title: a\u{1}b\n", "title: - x\n", "title: [a, [b]]\n", "title: [a,, b]\n", "title: [a, b,]\n", "title: [a: b]\n",
        "title: [a] b\n", "title: |\n  x\n", "title: >\n  x\n", "title: %x\n", "title: @x\n", "title: `x\n", "title: {a: b}\n",
        "title: \"a\" b\n", "title: [\"a, b\"]\n", "   \ntitle: x\n", "- a\n", "title: ? x\n", "title: \u{7F}\n",
    ])
    func leavesEverythingElseToTheYAMLParser(_ text: String) {
        #expect(FlatYAML.parse(text) == nil)
    }

    @Test func agreesWithYamsOnGeneratedDocuments() throws {
        var generator = SplitMix(seed: 3)
        let keys = ["title", "description", "tags", "weight", "a_b"]
        let values = ["x", "Señor José", "a b", "\"q\"", "'s'", "[a, b]", "[]", "[\"x y\", 'z']", "1", "true", "~", "a:b", "C#",
                      "x ", "\"\"", "''", "[ a ,b ]", "«»", "2021-01-01", "http://x.org/a?b=c", "a, b", "-x", "x-", "[a b]", "é\u{301}"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 4) + 1 {
                let key = keys[Int(generator.next() % UInt64(keys.count))]
                let value = values[Int(generator.next() % UInt64(values.count))]
                text += key + ":" + String(repeating: " ", count: Int(generator.next() % 3) + 1) + value + "\n"
                if generator.next() % 5 == 0 { text += "\n" }
            }
            guard let flat = FlatYAML.parse(text) else { continue }
            #expect(Self.shape(flat) == Self.shape(try Yams.compose(yaml: text)), "\(text.debugDescription)")
        }
    }
}
