import CFuzzerDriver
import FaroCore

/// Slugs of any text: always empty or valid, and making a slug of a slug changes nothing.
func fuzzSlug(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let slug = Slug.make(text)
    precondition(slug.isEmpty || Slug.isValid(slug), "invalid slug \(slug.debugDescription) from \(text.debugDescription)")
    precondition(slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
    precondition(Slug.make(slug) == slug, "slug of a slug changed: \(slug.debugDescription)")
    _ = Slug.isValid(text)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var empty: UInt8 = 0
    return bytes.map { fuzzSlug($0, count) } ?? fuzzSlug(&empty, 0)
}

@_cdecl("FuzzSlug_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
}
