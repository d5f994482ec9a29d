import FaroCore
import FaroDirectory
import FaroYAML
import Foundation
import Testing

/// Whatever is saved as a directory record, loading it ends in records or in errors naming the file,
/// line and key: never a crash, a hang, or a value that could run script on a record page.
@Suite struct HostileRecordTests {
    static let today = Day(iso: "2026-11-29")!

    static let valid = """
    id: albergue-uno
    name: Albergue Uno
    state: Tamaulipas
    city: Reynosa
    website: https://example.org/albergue
    email: contacto@example.org
    last_verified: 2026-11-01
    source: Visita

    """

    /// Loads `shelters` (file name → bytes) from a temporary directory folder; `prepare` may add to the folder first.
    func load(_ shelters: [String: Data], prepare: (URL) throws -> Void = { _ in }) throws -> Result<(Directory, [Diagnostic]), DiagnosticsError> {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("shelters"), withIntermediateDirectories: true)
        for (name, data) in shelters { try data.write(to: root.appendingPathComponent("shelters").appendingPathComponent(name)) }
        try prepare(root)
        let loader = DirectoryLoader(folder: root, displayRoot: "directory", today: Self.today, staleAfterDays: 180)
        return Result { () throws(DiagnosticsError) in try loader.load() }
    }

    /// The errors of loading one shelter file.
    func errors(_ text: String) throws -> [Diagnostic] {
        try errors(Data(text.utf8))
    }

    func errors(_ data: Data) throws -> [Diagnostic] {
        guard case .failure(let failure) = try load(["albergue-uno.yaml": data]) else {
            Issue.record("the record was accepted")
            return []
        }
        return failure.diagnostics.filter { $0.severity == .error }
    }

    @Test func invalid_utf8_is_an_error_at_the_line_of_the_bad_byte() throws {
        var data = Data("id: albergue-uno\nname: Albergue ".utf8)
        data.append(contentsOf: [0xFF, 0xFE, 0x0A])
        let error = try #require(try errors(data).first)
        #expect(error.problem as? SourceTextProblem == .notUTF8)
        #expect(error.location.file == "directory/shelters/albergue-uno.yaml")
        #expect(error.location.line == 2)
    }

    @Test func a_byte_order_mark_and_crlf_line_ends_load_like_plain_utf8() throws {
        let text = "\u{FEFF}" + Self.valid.replacingOccurrences(of: "\n", with: "\r\n")
        let (directory, _) = try load(["albergue-uno.yaml": Data(text.utf8)]).get()
        #expect(directory.shelters.map(\.name) == ["Albergue Uno"])
    }

    @Test func a_tab_in_the_indentation_is_an_error_at_its_line() throws {
        let error = try #require(try errors(Self.valid + "location:\n\tlat: 26.09\n").first)
        #expect(error.problem as? YAMLProblem == .tabIndentation)
        #expect(error.location.line == 10)
    }

    @Test func an_empty_record_file_is_an_error() throws {
        let error = try #require(try errors("").first)
        #expect(error.problem as? YAMLProblem == .missingKey("id"))
    }

    @Test func deep_nesting_is_an_error_not_a_crash() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let error = try #require(try errors(Self.valid + "services: " + deep + "\n").first)
        #expect(error.problem as? YAMLProblem == .nestedTooDeeply(limit: 32))
        #expect(error.location.line == 9)
    }

    @Test func an_alias_bomb_is_refused_before_it_expands() throws {
        var bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...10 {
            bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let error = try #require(try errors(Self.valid + bomb + "? *a10\n: lol\n").first)
        #expect(error.problem as? YAMLProblem == .anchorsNotAllowed)
        #expect(error.location == FaroCore.SourceLocation(file: "directory/shelters/albergue-uno.yaml", line: 9, column: 5))
    }

    @Test func a_website_that_runs_script_is_an_error_at_its_key() throws {
        for website in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
                        "vbscript:msgbox(1)", "https://", "https://example.org/\"onmouseover=alert(1)", "//example.org/",
                        "https://example.org/ x", "https://example.org/\nfoo"] {
            let text = Self.valid.replacingOccurrences(of: "https://example.org/albergue", with: "\"\(website.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n"))\"")
            let error = try #require(try errors(text).first, "\(website) was accepted")
            #expect(error.problem as? DirectoryProblem == .invalidWebsite(website))
            #expect(error.location == FaroCore.SourceLocation(file: "directory/shelters/albergue-uno.yaml", line: 5, column: 10))
        }
    }

    @Test func an_email_that_could_change_its_mailto_link_is_an_error() throws {
        for email in ["a@example.org?bcc=otro@example.org", "a@example.org\"><b", "a b@example.org", "a@exa mple.org"] {
            let text = Self.valid.replacingOccurrences(of: "contacto@example.org", with: "\"\(email.replacingOccurrences(of: "\"", with: "\\\""))\"")
            let error = try #require(try errors(text).first, "\(email) was accepted")
            #expect(error.problem as? DirectoryProblem == .invalidEmail(email))
            #expect(error.location.line == 6)
        }
    }

    @Test func a_symbolic_link_to_a_record_outside_the_folder_is_an_error_and_is_not_read() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("faro-outside-\(UUID().uuidString).yaml")
        try Data(Self.valid.replacingOccurrences(of: "albergue-uno", with: "secreto").utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let result = try load([:]) { root in
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("shelters/secreto.yaml"), withDestinationURL: outside)
        }
        guard case .failure(let failure) = result else { Issue.record("the linked record was read"); return }
        #expect(failure.diagnostics.map { $0.problem as? SourceTextProblem } == [.symbolicLink])
        #expect(failure.diagnostics.first?.location.file == "directory/shelters/secreto.yaml")
    }

    @Test func a_symbolic_link_to_a_folder_of_records_is_an_error_and_is_not_read() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("faro-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data(Self.valid.replacingOccurrences(of: "albergue-uno", with: "secreto").utf8).write(to: outside.appendingPathComponent("secreto.yaml"))
        defer { try? FileManager.default.removeItem(at: outside) }
        let result = try load([:]) { root in
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("organizations"), withDestinationURL: outside)
        }
        guard case .failure(let failure) = result else { Issue.record("the linked folder was read"); return }
        #expect(failure.diagnostics.map { $0.problem as? SourceTextProblem } == [.symbolicLink])
        #expect(failure.diagnostics.first?.location.file == "directory/organizations")
    }

    @Test func a_named_pipe_with_a_record_name_is_an_error_not_a_hang() throws {
        let result = try load([:]) { root in
            let fifo = root.appendingPathComponent("shelters/tubo.yaml").path
            #expect(mkfifo(fifo, 0o644) == 0)
            // Without the check the read would wait for a writer forever: give it one after a while, so
            // that the test fails instead of hanging.
            Thread.detachNewThread {
                Thread.sleep(forTimeInterval: 2)
                let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 { close(descriptor) }
            }
        }
        guard case .failure(let failure) = result else { Issue.record("the pipe was read as a record"); return }
        #expect(failure.diagnostics.map { $0.problem as? SourceTextProblem } == [.notAFile])
    }

    @Test(.timeLimit(.minutes(1)))
    func huge_values_and_keys_get_no_suggestion_and_finish() throws {
        let huge = String(repeating: "x", count: 2_500_000)
        let found = try errors(Self.valid + "kind: \(huge)\nservices: [\(huge)]\n? \(huge)y\n: 1\n")
        #expect(found.contains { $0.problem as? DirectoryProblem == .notInVocabulary(key: "kind", value: huge, suggestion: nil) })
        #expect(found.contains { $0.problem as? DirectoryProblem == .notInVocabulary(key: "services", value: huge, suggestion: nil) })
        #expect(found.contains { $0.problem as? YAMLProblem == .unknownKey(huge + "y", suggestion: nil) })
    }

    @Test func a_record_file_over_the_size_limit_is_an_error() throws {
        let error = try #require(try errors(Self.valid + "# " + String(repeating: "x", count: SourceText.maxBytes) + "\n").first)
        #expect(error.problem as? SourceTextProblem == .tooLarge(bytes: Self.valid.utf8.count + SourceText.maxBytes + 3, limit: SourceText.maxBytes))
    }
}
