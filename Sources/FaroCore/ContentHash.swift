/// A short, stable fingerprint of a page's text, written into translations as `translation_of:`
/// so the build can tell when the source changed after it was translated.
public enum ContentHash {
    /// 64-bit FNV-1a of the text with trailing spaces and tabs of each line and trailing newlines removed,
    /// as 10 hex digits. FNV-1a is written out here because a fingerprint needs no cryptographic strength
    /// and no dependency; the text is normalised while streaming its bytes, so this stays cheap on big pages.
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        var pendingBlanks: [UInt8] = []
        var pendingNewlines = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"):
                pendingBlanks.removeAll(keepingCapacity: true)
                pendingNewlines += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                pendingBlanks.append(byte)
            default:
                for _ in 0..<pendingNewlines { mix(UInt8(ascii: "\n")) }
                pendingNewlines = 0
                pendingBlanks.forEach(mix)
                pendingBlanks.removeAll(keepingCapacity: true)
                mix(byte)
            }
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }
}
