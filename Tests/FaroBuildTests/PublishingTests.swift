import FaroBuild
import FaroContent
import FaroCore
import Foundation
import Testing

@Suite struct PublishingTests {
    @Test func a_failed_build_leaves_the_previous_output_exactly_as_it_was() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        #expect(await site.build().published)
        let before = site.tree()
        try site.write("Content/b.es.md", page("title: B\ndate: ayer"))
        let result = await site.build()
        #expect(!result.published)
        #expect(result.failed)
        #expect(site.tree() == before)
        #expect(site.entries() == ["Content", "Public", "Themes"])
    }

    @Test func two_builds_of_the_same_input_are_byte_identical() async throws {
        let site = try TestSite([
            "Content/index.es.md": page("title: Inicio"),
            "Content/guias/a.es.md": page("title: A\ndate: 2021-01-21"),
            "Content/guias/b.es.md": page("title: B\nweight: 2"),
            "Content/guias/b.en.md": page("title: B en"),
        ])
        defer { site.remove() }
        #expect(await site.build(output: "One").published)
        #expect(await site.build(output: "Two").published)
        let one = site.tree("One"), two = site.tree("Two")
        #expect(one.count > 5)
        #expect(one == two)
    }

    @Test func refuses_to_replace_an_output_folder_it_did_not_make() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A"), "Public/notes.txt": "mine"])
        defer { site.remove() }
        let result = await site.build()
        #expect(!result.published)
        #expect(result.errors.contains { ($0.problem as? BuildProblem) == .outputNotOwned("Public") })
        #expect(site.output("notes.txt") == "mine")
    }

    @Test func refuses_an_output_folder_inside_the_content_folder() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        let result = await site.build(output: "Content/out")
        #expect(result.errors.contains { ($0.problem as? BuildProblem) == .outputForbidden("Content/out") })
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("Content/out").path))
    }

    @Test func recovers_the_site_parked_by_a_build_killed_during_the_swap() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        #expect(await site.build().published)
        let before = site.tree()
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("Public"), to: site.root.appendingPathComponent(".Public.previous-999999"))
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent(".Public.staging-999999"), withIntermediateDirectories: true)
        try site.write("Content/a.es.md", page("title: A\ndate: nunca"))
        #expect(!(await site.build().published))
        #expect(site.tree() == before)
        #expect(site.entries() == ["Content", "Public", "Themes"])
    }

    @Test func a_preview_build_removes_the_previous_site_in_the_background_and_leaves_nothing_behind() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A", "Primera versión.")])
        defer { site.remove() }
        func previewBuild() async -> BuildResult {
            var options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: site.root.appendingPathComponent("Public"),
                                       writesOutput: true, workingDirectory: site.root)
            options.pdf = .skip
            options.preview = true
            return await Pipeline.standard(writesOutput: true).run(options)
        }
        #expect(await previewBuild().published)
        try site.write("Content/a.es.md", page("title: A", "Segunda versión."))
        #expect(await previewBuild().published)
        #expect(site.output("es/a/index.html")?.contains("Segunda versión.") == true)
        // The previous site was renamed away at once and is removed by a thread of its own.
        var entries = site.entries()
        for _ in 0..<50 where entries != ["Content", "Public", "Themes"] {
            try await Task.sleep(for: .milliseconds(100))
            entries = site.entries()
        }
        #expect(entries == ["Content", "Public", "Themes"])
    }

    @Test func a_site_a_stopped_preview_was_still_removing_is_removed_by_the_next_build() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        #expect(await site.build().published)
        let leftover = site.root.appendingPathComponent(".Public.discarded-999999-0000abcd")
        try FileManager.default.createDirectory(at: leftover.appendingPathComponent("es"), withIntermediateDirectories: true)
        #expect(await site.build().published)
        #expect(site.entries() == ["Content", "Public", "Themes"])
    }

    @Test func check_validates_without_writing() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        let result = await site.build(writes: false)
        #expect(!result.failed)
        #expect(result.report.pagesByLanguage == ["es": 4, "en": 4])  // home, page and two A–Z index pages each
        #expect(site.entries() == ["Content", "Themes"])
    }
}
