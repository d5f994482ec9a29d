@testable import FaroBuild
import FaroCore
import Foundation
import Testing

/// The offline copies depend on `zip` and, for Kiwix, `zimwriterfs`: without them the site is still
/// published, with a warning that says how to install them.
@Suite struct OfflineProgramsTests {
    static let files: [String: String] = [
        "Content/index.es.md": page("title: Inicio"),
        "Content/index.en.md": page("title: Home"),
    ]

    /// Builds the site with only the programs in `programs` on the `PATH`.
    func build(_ site: TestSite, programs: [String], zim: Bool = true) async throws -> BuildResult {
        let bin = site.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        for program in programs {
            let found = try #require(ExternalProgram.find(program, environment: ProcessInfo.processInfo.environment))
            try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent(program), withDestinationURL: found.executable)
        }
        var options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: site.root.appendingPathComponent("Public"),
                                   workingDirectory: site.root)
        options.pdf = .skip
        options.environment = ["PATH": bin.path]
        options.zim = zim
        return await Pipeline.standard(writesOutput: true).run(options)
    }

    func warnings(_ result: BuildResult) -> [OfflineProblem] {
        result.diagnostics.filter { $0.severity == .warning }.compactMap { $0.problem as? OfflineProblem }
    }

    @Test func without_zip_the_site_is_published_with_a_warning_and_no_archives() async throws {
        let site = try TestSite(Self.files, config: TestSite.bilingualConfig + "offline: true\n")
        defer { site.remove() }
        let result = try await build(site, programs: [])
        #expect(result.published)
        #expect(warnings(result) == [.zipMissing])
        #expect(site.tree().keys.allSatisfy { !$0.hasPrefix("offline/") })
    }

    @Test func without_zimwriterfs_only_the_zim_files_are_skipped_with_a_warning() async throws {
        let site = try TestSite(Self.files, config: TestSite.bilingualConfig + "offline: true\n")
        defer { site.remove() }
        let result = try await build(site, programs: ["zip"])
        #expect(result.published)
        #expect(warnings(result) == [.zimWriterMissing])
        #expect(OfflineProblem.zimWriterMissing.description.contains("sudo apt-get install zim-tools"))
        let offline = site.tree().keys.filter { $0.hasPrefix("offline/") }.sorted()
        #expect(offline == ["offline/faro-en.zip", "offline/faro-es.zip"])
    }

    @Test func with_zimwriterfs_each_language_also_gets_a_zim_file() async throws {
        let site = try TestSite(Self.files, config: TestSite.bilingualConfig + "offline: true\n")
        defer { site.remove() }
        let result = try await build(site, programs: ["zip", "zimwriterfs"])
        #expect(result.published)
        #expect(warnings(result).isEmpty, "\(result.diagnostics)")
        let tree = site.tree()
        for code in ["es", "en"] {
            let zim = try #require(tree["offline/faro-\(code).zim"])
            #expect(zim.prefix(4) == Data([0x5A, 0x49, 0x4D, 0x04]))  // the ZIM magic number, little-endian 72173914
        }
    }

    @Test func languages_map_to_the_iso_639_3_codes_that_zim_files_need() {
        #expect(["es", "en", "ht", "fr", "pt"].map { ZIMWriter.iso6393(for: $0) } == ["spa", "eng", "hat", "fra", "por"])
        #expect(ZIMWriter.iso6393(for: "pt-BR") == "por")
        #expect(ZIMWriter.iso6393(for: "xx") == nil)
    }

    @Test func the_kiwix_illustration_is_a_48_by_48_png() {
        let png = KiwixIllustration.png()
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(Array(png[16..<24]) == [0, 0, 0, 48, 0, 0, 0, 48])
        #expect(png == KiwixIllustration.png())
    }

    @Test func long_zim_titles_are_cut_at_a_word() {
        #expect(ZIMWriter.shortened("Faro (Español)", to: 30) == "Faro (Español)")
        #expect(ZIMWriter.shortened("Faro: información para personas que buscan asilo", to: 30) == "Faro: información para…")
    }
}
