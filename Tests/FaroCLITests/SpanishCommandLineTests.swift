import Foundation
import Testing

/// `--lang es` as a CSO's terminal and a pull request show it: the Spanish message at the problem's file, line and column.
extension CommandLineTests {
    @Test func check_in_spanish_prints_the_spanish_message_at_path_line_column() throws {
        let root = try makeSite(["Content/site.yaml": config, "Content/a.md": "---\ntitle: A\nweight: pesado\n---\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["check", "--lang", "es"], in: root)
        #expect(result.status != 0)
        #expect(result.err.contains("Content/a.md:3:9: error: 'weight' debe ser un número entero"))
        #expect(!result.err.contains("must be a whole number"))
        #expect(result.err.contains("1 error, 0 avisos"))
    }

    @Test func check_with_github_format_prints_spanish_annotations_at_the_line() throws {
        let root = try makeSite(["Content/site.yaml": config, "Content/a.md": "---\ntitle: A\nweight: pesado\n---\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try run(["check", "--lang", "es", "--format", "github"], in: root)
        #expect(result.status != 0)
        #expect(result.out.contains("::error file=Content/a.md,line=3,col=9::'weight' debe ser un número entero"))
    }
}
