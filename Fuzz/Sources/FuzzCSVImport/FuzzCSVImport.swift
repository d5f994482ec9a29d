import CFuzzerDriver
import FaroCore
import FaroDirectory
import FaroYAML
import Foundation

let importer = ShelterImport(content: URL(fileURLWithPath: "/nonexistent/Content"), contentDisplayPath: "Content",
                             today: Day(iso: "2026-11-29")!, options: ImportOptions(dryRun: true))

/// A spreadsheet export as bytes, imported as `faro import shelters --dry-run` imports it: every row is
/// read, turned into a record file's text and checked by the build's own decoder, and nothing is written.
func fuzzCSVImport(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text: String
    do {
        text = try SourceText.decode(Data(bytes: bytes, count: count), displayPath: "altas.csv")
    } catch {
        return 0
    }
    let report = importer.run(text: text, displayPath: "altas.csv")
    for row in report.rows {
        precondition(row.id.map(Slug.isValid) ?? true, "row \(row.number) has an invalid id \(row.id ?? "")")
    }
    for diagnostic in report.diagnostics {
        _ = diagnostic.formatted(in: .en)
        _ = diagnostic.formatted(in: .es)
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var empty: UInt8 = 0
    return bytes.map { fuzzCSVImport($0, count) } ?? fuzzCSVImport(&empty, 0)
}

@_cdecl("FuzzCSVImport_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
}
