import FaroBuild
import FaroContent
import FaroCore
import FaroDirectory
import FaroYAML
import Foundation
import Testing

/// Every URL and file name comes out normalised, and nothing a person writes can put a file outside
/// the output folder or over another file.
@Suite struct PathSafetyTests {
    /// Every name in the folder that holds the test site, so a file escaping the site folder would show.
    /// Whether anything named like an escaping alias exists beside the site's folder (other tests write
    /// their own folders there at the same time, so only these names are looked for).
    func escaped(from site: TestSite) -> [String] {
        let parent = site.root.deletingLastPathComponent()
        return ["fuera", "evil.example", "C:\\fuera"].filter { FileManager.default.fileExists(atPath: parent.appendingPathComponent($0).path) }
    }

    @Test func file_and_folder_names_become_normalised_urls() async throws {
        let site = try TestSite([
            "Content/Guías Útiles/Señor San José.es.md": page("title: Señor"),
            "Content/Guías Útiles/Señor San José.en.md": page("title: Sir"),
        ])
        defer { site.remove() }
        #expect(await site.build().published)
        #expect(site.output("es/guias-utiles/senor-san-jose/index.html")?.contains("<h1>Señor</h1>") == true)
        #expect(site.output("en/guias-utiles/senor-san-jose/index.html")?.contains("<h1>Sir</h1>") == true)
    }

    @Test func a_slug_that_is_a_path_is_an_error() async throws {
        for slug in ["../../fuera", "/tmp/fuera", "a/b", ".", "Señor San José"] {
            let site = try TestSite(["Content/a.es.md": page("title: A\nslug: '\(slug)'")])
            defer { site.remove() }
            let result = await site.build()
            #expect(!result.published)
            let error = try #require(result.errors.first { $0.problem is ContentProblem }, "slug \(slug)")
            #expect(error.problem as? ContentProblem == .invalidSlug(slug, suggestion: Slug.make(slug)))
            #expect(error.location == FaroCore.SourceLocation(file: "Content/a.es.md", line: 3, column: 7))
        }
    }

    @Test func an_alias_that_is_not_a_path_inside_the_site_is_an_error_naming_its_line() async throws {
        let aliases = ["../fuera", "/es/../../fuera", "/es/./a", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
                       "data:text/html,x", "/es/.htaccess", "/.faro-output", "/", "C:\\fuera", "/es/a b", "/es/a\u{0}b", "es/sin-barra"]
        let list = aliases.map { "  - \"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\u{0}", with: "\\0") + "\"" }
        let site = try TestSite(["Content/a.es.md": page("title: A\naliases:\n" + list.joined(separator: "\n"))])
        defer { site.remove() }
        let result = await site.build()
        #expect(!result.published)
        let invalid = result.errors.compactMap { error -> (String, FaroCore.SourceLocation)? in
            guard case .invalidAlias(let alias) = error.problem as? ContentProblem else { return nil }
            return (alias, error.location)
        }
        #expect(invalid.map(\.0) == aliases)
        #expect(invalid.map(\.1) == aliases.indices.map { FaroCore.SourceLocation(file: "Content/a.es.md", line: 4 + $0, column: 5) })
        #expect(escaped(from: site).isEmpty)
        #expect(site.entries() == ["Content", "Themes"])
    }

    @Test func an_alias_that_looks_like_a_system_path_is_written_inside_the_output() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A\naliases: [/etc/passwd, /tmp/viejo.html]")])
        defer { site.remove() }
        #expect(await site.build().published)
        #expect(site.output("etc/passwd/index.html")?.contains("/es/a/") == true)
        #expect(site.output("tmp/viejo.html")?.contains("/es/a/") == true)
    }

    @Test func a_record_id_that_is_not_a_slug_is_an_error_suggesting_one() async throws {
        for id in ["Señor San José", "../fuera"] {
            let site = try TestSite(["Content/a.es.md": page("title: A"), "Content/directory/shelters/casa.yaml": """
                id: "\(id)"
                name: Casa
                state: Tamaulipas
                city: Reynosa
                last_verified: 2026-01-01
                source: Visita

                """])
            defer { site.remove() }
            let result = await site.build()
            #expect(!result.published)
            #expect(result.errors.contains { $0.problem as? DirectoryProblem == .invalidId(id, suggestion: Slug.make(id)) && $0.location.line == 1 })
        }
    }

    @Test func a_city_becomes_a_normalised_url_segment() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A"), "Content/directory/shelters/casa.yaml": """
            id: casa
            name: Casa
            state: Nuevo León
            city: "San José de ../../Abajo"
            last_verified: 2026-01-01
            source: Visita

            """])
        defer { site.remove() }
        #expect(await site.build().published)
        #expect(site.output("es/directorio/nuevo-leon/san-jose-de-abajo/index.html") != nil)
    }

    @Test func a_language_code_or_theme_that_is_a_path_is_an_error() async throws {
        let config = """
        title: {es: Sitio}
        base_url: https://example.org/
        theme: ../../otro
        languages:
          - {code: es, name: Español, default: true}
          - {code: ../../fuera, name: Fuera}

        """
        let site = try TestSite(["Content/a.es.md": page("title: A")], config: config)
        defer { site.remove() }
        let result = await site.build()
        #expect(!result.published)
        let problems = result.errors.compactMap { $0.problem as? YAMLProblem }
        #expect(problems.contains { if case .invalidValue(key: "theme", value: "../../otro", _) = $0 { true } else { false } })
        #expect(problems.contains { if case .invalidValue(key: "code", value: "../../fuera", _) = $0 { true } else { false } })
        #expect(site.entries() == ["Content", "Themes"])
    }

    @Test func a_symbolic_link_to_a_folder_in_the_content_is_an_error_and_nothing_is_published() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A"), "Fuera/secreto.es.md": page("title: Secreto")])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(at: site.root.appendingPathComponent("Content/guias"),
                                                   withDestinationURL: site.root.appendingPathComponent("Fuera"))
        let result = await site.build()
        #expect(!result.published)
        #expect(result.errors.contains { $0.problem as? ContentProblem == .symbolicLink && $0.location.file == "Content/guias" })
        #expect(!site.entries().contains("Public"))
    }

    @Test func two_files_whose_names_normalise_alike_are_an_error() async throws {
        let site = try TestSite([
            "Content/Señor San José.es.md": page("title: Uno"),
            "Content/senor-san-jose.es.md": page("title: Dos"),
        ])
        defer { site.remove() }
        let result = await site.build()
        #expect(!result.published)
        #expect(result.errors.contains { ($0.problem as? ContentProblem) == .duplicateURL("/es/senor-san-jose/", other: "Content/Señor San José.es.md") })
    }

    @Test func an_alias_claiming_another_pages_url_is_an_error() async throws {
        let site = try TestSite([
            "Content/a.es.md": page("title: A\naliases: [/es/b/]"),
            "Content/b.es.md": page("title: B"),
        ])
        defer { site.remove() }
        let result = await site.build()
        #expect(!result.published)
        #expect(result.errors.contains { ($0.problem as? ContentProblem) == .duplicateURL("/es/b/", other: "Content/b.es.md")
            && $0.location.file == "Content/a.es.md" })
    }

    @Test func an_alias_claiming_a_generated_file_is_an_error() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A\naliases: [/sitemap.xml]")])
        defer { site.remove() }
        let result = await site.build()
        #expect(!result.published)
        #expect(result.errors.contains { ($0.problem as? BuildProblem) == .duplicateOutput("sitemap.xml") })
    }

    @Test func a_file_beside_pages_cannot_replace_a_page() async throws {
        let site = try TestSite(["Content/guias/index.es.md": page("title: Guías"), "Content/guias/index.html": "<p>otra</p>"])
        defer { site.remove() }
        let result = await site.build()
        #expect(!result.published)
        #expect(result.errors.contains { ($0.problem as? BuildProblem) == .duplicateOutput("es/guias/index.html") })
    }

    @Test func a_static_file_cannot_replace_a_generated_one() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A"), "Content/static/es/a/index.html": "<p>otra</p>"])
        defer { site.remove() }
        let result = await site.build()
        #expect(!result.published)
        #expect(result.errors.contains { ($0.problem as? BuildProblem) == .duplicateOutput("es/a/index.html") })
    }

    @Test func the_writer_refuses_paths_that_leave_the_output_folder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("faro-writer-\(UUID().uuidString)/out")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let writer = OutputWriter(root: root)
        for path in ["../fuera.html", "a/../../fuera.html", "/tmp/fuera.html", ""] {
            #expect(throws: BuildProblem.self, "\(path)") { try writer.write("x", to: path) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.deletingLastPathComponent().path) == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }
}
