/// Escaping of text for the contexts Faro writes into.
public enum Escape {
    /// Text for HTML element content or a quoted attribute, and for XML.
    /// Works on UTF-8 bytes: these five are ASCII and never part of another character's bytes, and a byte scan
    /// is several times faster than a `Character` loop on every value of every page.
    public static func html(_ text: String) -> String {
        let utf8 = text.utf8
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        // Most values need nothing; a loop over the contiguous bytes finds that several times faster than
        // iterating the UTF-8 view.
        guard utf8.withContiguousStorageIfAvailable({ $0.contains(where: special) }) ?? utf8.contains(where: special) else {
            return text
        }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case 0x26: output += "&amp;".utf8
            case 0x3C: output += "&lt;".utf8
            case 0x3E: output += "&gt;".utf8
            case 0x22: output += "&quot;".utf8
            case 0x27: output += "&#39;".utf8
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
