import FaroBuild
import FaroCore
import Foundation
import Testing

/// Faro never replaces a folder it did not make, and a build that is killed or cannot write leaves the
/// previous site complete; the next build then recovers on its own.
@Suite struct PublishFaultTests {
    // MARK: Output folders that must never be replaced

    /// Builds `site` into `output` (a path, absolute or relative to the site) and expects `problem`.
    func expectRefused(_ site: TestSite, output: URL, _ problem: BuildProblem) async {
        var options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: output, workingDirectory: site.root)
        options.pdf = .skip
        let result = await Pipeline.standard(writesOutput: true).run(options)
        #expect(!result.published)
        #expect(result.errors.contains { ($0.problem as? BuildProblem) == problem }, "\(result.errors)")
    }

    /// The names in a folder, hidden ones included.
    func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func refuses_an_output_folder_holding_only_hidden_files_it_did_not_make() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A"), "Public/.git/config": "[core]\n"])
        defer { site.remove() }
        await expectRefused(site, output: site.root.appendingPathComponent("Public"), .outputNotOwned("Public"))
        #expect(site.output(".git/config") == "[core]\n")
        #expect(site.entries() == ["Content", "Public", "Themes"])
    }

    @Test func refuses_an_output_path_that_is_a_file() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A"), "notas.txt": "mías"])
        defer { site.remove() }
        await expectRefused(site, output: site.root.appendingPathComponent("notas.txt"), .outputNotOwned("notas.txt"))
        #expect(try String(contentsOf: site.root.appendingPathComponent("notas.txt"), encoding: .utf8) == "mías")
        #expect(site.entries() == ["Content", "Themes", "notas.txt"])
    }

    @Test func refuses_the_content_folder_the_theme_folder_and_the_folder_holding_them() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        let before = site.tree("Content")
        await expectRefused(site, output: site.root.appendingPathComponent("Content"), .outputForbidden("Content"))
        await expectRefused(site, output: site.root.appendingPathComponent("Themes/default"), .outputForbidden("Themes/default"))
        await expectRefused(site, output: site.root, .outputForbidden(site.root.path))
        await expectRefused(site, output: site.root.deletingLastPathComponent(), .outputForbidden(site.root.deletingLastPathComponent().path))
        #expect(site.tree("Content") == before)
        #expect(site.entries() == ["Content", "Themes"])
    }

    @Test func refuses_the_root_folder() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        let before = names(in: URL(fileURLWithPath: "/"))
        await expectRefused(site, output: URL(fileURLWithPath: "/"), .outputForbidden("/"))
        #expect(names(in: URL(fileURLWithPath: "/")) == before)
    }

    @Test func refuses_the_home_folder() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL
        let before = names(in: home), beside = names(in: home.deletingLastPathComponent())
        await expectRefused(site, output: home, .outputForbidden(home.path))
        #expect(names(in: home) == before)
        #expect(names(in: home.deletingLastPathComponent()) == beside)
    }

    // MARK: A build killed while it writes

    @Test func a_build_killed_while_writing_leaves_the_previous_site_and_the_next_build_recovers() throws {
        let faro = try #require(Self.faro, "build the faro executable first (swift build --build-tests builds it)")
        let root = try Self.largeSite(pages: 500)
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Self.run(faro, ["build", "--no-pdf"], in: root)
        #expect(first.status == 0, "\(first.err)")
        let before = Self.tree(root.appendingPathComponent("Public"))
        #expect(before.count > 1500)
        let entries = (try? FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("Public").path).count) ?? 0

        try Data(page("title: Página nueva").utf8).write(to: root.appendingPathComponent("Content/nueva.md"))
        // Killed early, in the middle and late in its writing: each time the previous site stays as it was.
        // The moment is read from the staging folder's progress, not a clock, so a loaded machine does not
        // let the build finish first.
        for fraction in [0.15, 0.35, 0.6] {
            let process = try Self.start(faro, ["build", "--no-pdf"], in: root)
            let staging = root.appendingPathComponent(".Public.staging-\(process.processIdentifier)").path
            while process.isRunning,
                  ((try? FileManager.default.subpathsOfDirectory(atPath: staging).count) ?? 0) < Int(Double(entries) * fraction) {
                Thread.sleep(forTimeInterval: 0.002)
            }
            let killedWhileRunning = process.isRunning
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(killedWhileRunning, "the build ended before it could be killed; make the site larger")
            #expect(process.terminationReason == .uncaughtSignal)
            #expect(Self.tree(root.appendingPathComponent("Public")) == before, "killed after \(fraction) of a build")
        }
        #expect(names(in: root).contains { $0.hasPrefix(".Public.staging-") }, "the killed builds left their staging folders")

        let next = try Self.run(faro, ["build", "--no-pdf"], in: root)
        #expect(next.status == 0, "\(next.err)")
        #expect(names(in: root) == ["Content", "Public", "Themes"])
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Public/es/nueva/index.html").path))
    }

    // MARK: A disk that fills up

    @Test func a_full_disk_leaves_the_previous_site_untouched() async throws {
        let site = try TestSite(["Content/a.es.md": page("title: A")])
        defer { site.remove() }
        let disk = site.root.appendingPathComponent("Disco")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard Self.mountTmpfs(at: disk, size: "1m") else {
            // Without the right to mount, a file size limit on the real binary makes its writes fail instead.
            try fileSizeLimitFailure()
            return
        }
        defer { Self.unmount(disk) }
        var options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: disk.appendingPathComponent("Public"),
                                   workingDirectory: site.root)
        options.pdf = .skip
        #expect(await Pipeline.standard(writesOutput: true).run(options).published)
        let before = site.tree("Disco/Public")

        // 1.5 MB that cannot be compressed: more than the disk has left.
        var generator = SystemRandomNumberGenerator()
        try Data((0..<1_572_864).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: site.root.appendingPathComponent("Content/static/grande.bin").creatingParent())
        let full = await Pipeline.standard(writesOutput: true).run(options)
        #expect(!full.published)
        #expect(full.errors.contains { if case .writeFailed = $0.problem as? BuildProblem { true } else { false } }, "\(full.errors)")
        #expect(site.tree("Disco/Public") == before)
        #expect(names(in: disk) == ["Public"])

        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/static/grande.bin"))
        try site.write("Content/a.es.md", page("title: A otra vez"))
        #expect(await Pipeline.standard(writesOutput: true).run(options).published)
        #expect(site.output("es/a/index.html", in: "Disco/Public")?.contains("A otra vez") == true)
    }

    @Test func a_write_error_in_the_real_binary_leaves_the_previous_site_untouched() throws {
        try fileSizeLimitFailure()
    }

    /// Runs `faro build` under a file size limit smaller than a page (writes fail with EFBIG, as on a full
    /// disk) and checks that the previous site is untouched and that a build without the limit recovers.
    func fileSizeLimitFailure() throws {
        let faro = try #require(Self.faro, "build the faro executable first (swift build --build-tests builds it)")
        let root = try Self.largeSite(pages: 3)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try Self.run(faro, ["build", "--no-pdf"], in: root).status == 0)
        let before = Self.tree(root.appendingPathComponent("Public"))
        try Data(page("title: Página nueva").utf8).write(to: root.appendingPathComponent("Content/nueva.md"))
        // An ignored SIGXFSZ stays ignored across exec, so the writes fail instead of killing the process.
        let limited = try Self.run(URL(fileURLWithPath: "/bin/sh"),
                                   ["-c", "trap '' XFSZ; ulimit -f 8; exec \"$0\" build --no-pdf", faro.path], in: root)
        #expect(limited.status == 1, "\(limited.err)")
        #expect(limited.err.contains("File too large"), "\(limited.err)")
        #expect(Self.tree(root.appendingPathComponent("Public")) == before)
        #expect(names(in: root) == ["Content", "Public", "Themes"])
        #expect(try Self.run(faro, ["build", "--no-pdf"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Public/es/nueva/index.html").path))
    }
}
