import FaroBuild
import FaroCore
import FaroPrint
import Foundation
import Testing

/// Print editions built from fixtures and read back with poppler-utils and zbarimg, as a print shop would.
@Suite(.serialized) struct PrintEditionTests {
    static let guide: [String: String] = [
        "Content/guias/index.es.md": page("title: Guías"),
        "Content/guias/viajar/index.es.md": page("title: Viajar seguro\ndescription: Consejos para el camino."),
        "Content/guias/viajar/uno.es.md": page("title: Antes de salir\nweight: 1\nlast_checked: 2026-11-20", String(repeating: "Guarda copias de tus documentos. ", count: 200)),
        "Content/guias/viajar/dos.es.md": page("title: En el camino\nweight: 2", "Avisa a alguien de confianza."),
        "Content/guias/viajar/tres.es.md": page("title: Si hay una emergencia\nweight: 3", "Llama al 911."),
    ]

    static func shelter(_ id: String, _ name: String, phone: String) -> String {
        """
        id: \(id)
        name: \(name)
        state: Tamaulipas
        city: Reynosa
        address: Calle Uno 1
        phones:
          - {number: "\(phone)", kind: voice}
        services: [lodging, food]
        populations: [families]
        languages: [es, en]
        hours: "Mo-Su 08:00-20:00"
        last_verified: 2026-11-01
        source: Visita

        """
    }

    func site(config: String = TestSite.bilingualConfig) throws -> TestSite {
        var files = Self.guide
        files["Content/directory/shelters/casa-uno.yaml"] = Self.shelter("casa-uno", "Casa Uno", phone: "899 000 0101")
        files["Content/directory/shelters/casa-dos.yaml"] = Self.shelter("casa-dos", "Casa Dos", phone: "899 000 0202")
        return try TestSite(files, config: config + "guides: guias\n")
    }

    func build(_ site: TestSite, pdf: PDFMode = .required, environment: [String: String]? = nil) async -> BuildResult {
        var options = BuildOptions(content: site.root.appendingPathComponent("Content"), output: site.root.appendingPathComponent("Public"),
                                   workingDirectory: site.root, today: Day(iso: "2026-11-29")!)
        options.pdf = pdf
        if let environment { options.environment = environment }
        return await Pipeline.standard(writesOutput: true).run(options)
    }

    /// Runs a poppler or zbar tool and returns what it printed.
    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    func pdf(_ site: TestSite, _ path: String) -> String { site.root.appendingPathComponent("Public").appendingPathComponent(path).path }

    @Test func a_guide_prints_as_a_letter_booklet_whose_contents_give_each_chapters_page() async throws {
        let site = try site()
        defer { site.remove() }
        let result = await build(site)
        #expect(result.published, "\(result.diagnostics)")
        let file = pdf(site, "es/guias/viajar/viajar-es.pdf")
        #expect(try run("pdfinfo", [file]).contains("612 x 792 pts (letter)"))
        let text = try run("pdftotext", ["-layout", file, "-"])
        let pages = text.components(separatedBy: "\u{0C}")
        for (index, title) in ["Antes de salir", "En el camino", "Si hay una emergencia"].enumerated() {
            let line = try #require(text.split(separator: "\n").first { $0.contains("\(index + 1). \(title)") })
            let number = try #require(Int(line.split(separator: " ").last ?? ""))
            #expect(pages[number - 1].contains(title), "chapter \(title) should start on page \(number)")
        }
        #expect(text.contains("https://example.org/es/guias/viajar/"))
        #expect(text.contains("Edición del 20 de noviembre de 2026"))
        let index = try #require(site.output("es/guias/viajar/index.html"))
        #expect(index.contains("<a href=\"/es/guias/viajar/viajar-es.pdf\" download>Descargar para imprimir (PDF, "))
    }

    @Test func a4_is_a_setting() async throws {
        let site = try site(config: TestSite.bilingualConfig + "paper: a4\n")
        defer { site.remove() }
        #expect(await build(site).published)
        #expect(try run("pdfinfo", [pdf(site, "es/guias/viajar/viajar-es.pdf")]).contains("595.276 x 841.89 pts (A4)"))
    }

    @Test func a_city_handout_fits_on_one_or_two_pages_with_names_phones_and_a_qr_code_to_the_city_page() async throws {
        let site = try site()
        defer { site.remove() }
        #expect(await build(site).published)
        let file = pdf(site, "es/directorio/tamaulipas/reynosa/reynosa-es.pdf")
        let info = try run("pdfinfo", [file])
        let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
        #expect((1...2).contains(pages))
        let text = try run("pdftotext", ["-layout", file, "-"])
        #expect(text.contains("Casa Uno") && text.contains("Casa Dos"))
        #expect(text.contains("+52 899 000 0101") && text.contains("+52 899 000 0202"))
        let image = site.root.appendingPathComponent("handout").path
        _ = try run("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", file, image])
        let decoded = try run("zbarimg", ["--quiet", "--raw", image + ".png"]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(decoded == "https://example.org/es/directorio/tamaulipas/reynosa/")
        #expect(FileManager.default.fileExists(atPath: pdf(site, "en/directory/tamaulipas/reynosa/reynosa-es-en.pdf")))
        let bilingual = try run("pdftotext", [pdf(site, "en/directory/tamaulipas/reynosa/reynosa-es-en.pdf"), "-"])
        #expect(bilingual.contains("Dirección / Address"))
    }

    @Test func without_weasyprint_the_site_still_builds_and_says_pdfs_were_skipped() async throws {
        let site = try site()
        defer { site.remove() }
        let result = await build(site, pdf: .auto, environment: ["PATH": "/nonexistent"])
        #expect(result.published)
        #expect(result.diagnostics.contains { $0.severity == .warning && ($0.problem as? PrintProblem) == .weasyPrintMissing })
        #expect(site.output("es/guias/viajar/index.html")?.contains("viajar-es.pdf") == false)
        let required = await build(site, pdf: .required, environment: ["PATH": "/nonexistent"])
        #expect(!required.published)
        #expect(required.errors.contains { ($0.problem as? PrintProblem) == .weasyPrintMissing })
    }
}
