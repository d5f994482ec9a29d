import CFuzzerDriver
import FaroCore
import FaroDirectory
import FaroYAML
import Foundation

let loader = DirectoryLoader(folder: URL(fileURLWithPath: "/nonexistent"), displayRoot: "Content/directory",
                             today: Day(iso: "2026-11-29")!, staleAfterDays: 180)

/// A directory record file as bytes, decoded as the build decodes it; an accepted record keeps the
/// promises pages and exports rely on, and goes through every open-data export.
func fuzzRecord(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let category: DirectoryRecord.Category = count % 2 == 0 ? .shelter : .organization
    let path = "Content/directory/\(category.folder)/casa.yaml"
    let text: String
    do {
        text = try SourceText.decode(Data(bytes: bytes, count: count), displayPath: path)
    } catch {
        return 0
    }
    let (record, diagnostics) = loader.decode(text, category: category, path: path, fileName: "casa")
    for diagnostic in diagnostics {
        precondition(diagnostic.location.file == path, "bad location \(diagnostic.location)")
        _ = diagnostic.formatted(in: .en)
        _ = diagnostic.formatted(in: .es)
    }
    guard let record else {
        precondition(diagnostics.contains { $0.severity == .error }, "a record refused without an error")
        return 0
    }
    precondition(record.id == "casa")
    precondition(record.website.map(SafeURL.isWebAddress) ?? true, "unsafe website accepted: \(record.website ?? "")")
    for file in DirectoryExport.files(for: Directory(records: [record]), baseURL: "https://example.org/", includeExamples: true) {
        precondition(!file.path.contains(".."))
    }
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var empty: UInt8 = 0
    return bytes.map { fuzzRecord($0, count) } ?? fuzzRecord(&empty, 0)
}

@_cdecl("FuzzRecord_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
}
