/// A short, stable fingerprint of a page's text, written into translations as `translation_of:`
/// so the build can tell when the source changed after it was translated.
public enum ContentHash {
    /// 64-bit FNV-1a of the text with trailing whitespace of each line and of the end removed, as 10 hex digits.
    /// FNV-1a is written out here because a fingerprint needs no cryptographic strength and no dependency.
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let normalized = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.reversed().drop { $0 == " " || $0 == "\t" }.reversed() }
            .map { String($0) }.joined(separator: "\n")
            .trimmingTrailingNewlines()
        for byte in normalized.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }
}

private extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self[...]
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
