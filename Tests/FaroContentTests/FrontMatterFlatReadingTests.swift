import Testing
@testable import FaroContent
import FaroCore

/// Front matter read without Yams must decode to exactly what the full parser makes of it, problems included.
@Suite struct FrontMatterFlatReadingTests {
    /// The result of decoding, as comparable text: the front matter, or each problem with its location.
    static func outcome(_ decode: () throws(DiagnosticsError) -> FrontMatter) -> String {
        do {
            return "\(try decode())"
        } catch {
            return error.diagnostics.map { "\($0.location) \($0.severity) \($0.problem)" }.joined(separator: "\n")
        }
    }

    @Test(arguments: [
        "title: Viajar seguro\ndescription: Consejos.\ndate: 2021-01-14\nupdated: 2021-03-02\nlast_checked: 2026-11-29\nweight: 3\ndraft: true\n"
            + "slug: travel-safe\naliases: [/es/viejo/, /old.html]\ntags: [salud, viaje]\nallow_html: true\ntemplate: special\n"
            + "translation_of: 91cc488251\nreview: draft\n",
        "title: \"Accompaniment 7625\"\ndescription: \"Certificate.\"\ndate: 2021-06-10\nweight: 7625\ntags: [family, travel]\n",
        "title: Être réfugié·e\ndescription: ~\ntags: solo\naliases: /uno/\n",
        "title: x\nslugg: y\n", "title: x\nslug: Not Valid\n", "title: x\naliases: [/a/, b, /c/]\n", "title: x\nreview: maybe\n",
        "title: \"  \"\n", "title: ''\n", "title: null\n", "description: no title\n", "title: x\nweight: \"3\"\n", "title: x\nweight: 3.5\n",
        "title: x\ndraft: \"true\"\n", "title: x\ndraft: yes\n", "title: x\ndate: 2021-13-01\n", "title: x\ndate: \"2021-01-01\"\n",
        "title: x\ntags: [a, [b]]\n", "title: x\ntitle: y\n", "title: [a]\n", "title: x\ndescription: [a, b]\n", "title: x\nweight: 0x1F\n",
        "title: x\ntemplate: NULL\ntranslation_of: ~\nreview: reviewed\n", "title: x\nallow_html: false\n", "title: x\nalias: [/a/]\n",
    ])
    func decodesAsTheYAMLParserDoes(_ yaml: String) {
        let fast = Self.outcome { () throws(DiagnosticsError) in try FrontMatterParser.decode(yaml, path: "a.md") }
        let full = Self.outcome { () throws(DiagnosticsError) in try FrontMatterParser.decodeWithYAMLParser(yaml, path: "a.md") }
        #expect(fast == full)
    }
}
