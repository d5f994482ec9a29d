/// A short, stable fingerprint of a page's text, written into translations as `translation_of:`
/// so the build can tell when the source changed after it was translated.
public enum ContentHash {
    /// 64-bit FNV-1a of the text with trailing spaces and tabs of each line and trailing newlines removed,
    /// as 10 hex digits. FNV-1a is written out here because a fingerprint needs no cryptographic strength
    /// and no dependency; the text is normalised while streaming its bytes, so this stays cheap on big pages.
    public static func of(_ text: String) -> String {
        var text = text
        let hash = text.withUTF8 { bytes in fingerprint(of: bytes) }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }

    /// The normalised FNV-1a hash of `bytes`. Blanks and newlines are held back as a run of the input
    /// (not copied anywhere) and mixed in only when a later byte shows they are not trailing.
    static func fingerprint(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        // Blanks are always the bytes just before the current one, so their start index is all that is kept.
        var blanksStart = 0
        var pendingBlanks = 0
        var pendingNewlines = 0
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                pendingBlanks = 0
                pendingNewlines += 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                if pendingBlanks == 0 { blanksStart = index }
                pendingBlanks += 1
            default:
                while pendingNewlines > 0 {
                    mix(UInt8(ascii: "\n"))
                    pendingNewlines -= 1
                }
                for blank in blanksStart..<blanksStart + pendingBlanks { mix(bytes[blank]) }
                pendingBlanks = 0
                mix(byte)
            }
        }
        return hash
    }
}
