import CFuzzerDriver
import FaroContent
import FaroCore
import FaroYAML
import Foundation

/// A page file as bytes: decoded as the loader decodes it, split, and its front matter decoded. Whatever the
/// outcome, every diagnostic names the file, and decoded front matter keeps the promises the build relies on.
func fuzzFrontMatter(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let path = "Content/fuzz.es.md"
    let text: String
    do {
        text = try SourceText.decode(Data(bytes: bytes, count: count), displayPath: path)
    } catch {
        check(error.diagnostics, path: path)
        return 0
    }
    do {
        let split = try FrontMatterParser.split(text, path: path)
        precondition(split.bodyLine >= 3)
        check(try FrontMatterParser.decode(split.yaml, path: path))
    } catch {
        check(error.diagnostics, path: path)
    }
    // The whole text as front matter, so the fuzzer need not find the `---` lines to reach the YAML.
    do { check(try FrontMatterParser.decode(text, path: path)) } catch { check(error.diagnostics, path: path) }
    return 0
}

func check(_ matter: FrontMatter) {
    precondition(!matter.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "empty title accepted")
    precondition(matter.aliases.allSatisfy(SafeURL.isSitePath), "unsafe alias accepted: \(matter.aliases)")
    precondition(matter.slug.map(Slug.isValid) ?? true, "invalid slug accepted: \(matter.slug ?? "")")
}

func check(_ diagnostics: [Diagnostic], path: String) {
    precondition(!diagnostics.isEmpty, "a failure without a diagnostic")
    for diagnostic in diagnostics {
        precondition(diagnostic.location.file == path && diagnostic.location.line >= 0, "bad location \(diagnostic.location)")
        _ = diagnostic.formatted(in: .en)
        _ = diagnostic.formatted(in: .es)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var empty: UInt8 = 0
    return bytes.map { fuzzFrontMatter($0, count) } ?? fuzzFrontMatter(&empty, 0)
}

@_cdecl("FuzzFrontMatter_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
}
