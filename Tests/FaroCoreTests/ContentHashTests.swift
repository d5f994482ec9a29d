import Testing
@testable import FaroCore
import FaroTestSupport

@Suite struct ContentHashTests {
    /// Values the first implementation produced; translations store them in `translation_of:`, so they may never change.
    @Test(arguments: [
        ("", "cbf29ce484"),
        ("Fuente\n\nTexto.\n", "7120fd219b"),
        ("Título\n\nLínea  \t\nSegunda\t \n\n\n", "0feb17c6ac"),
        ("a \t b\n\n \n\tc", "f5abe4c1e2"),
        ("   \n\n", "cbf29ce484"),
        ("Señor\r\nJosé  \r\n", "27b6b4129b"),
    ])
    func keepsTheFingerprintsTranslationsStore(_ text: String, _ expected: String) {
        #expect(ContentHash.of(text) == expected)
    }

    @Test func ignoresTrailingBlanksOfLinesAndTrailingNewlines() {
        #expect(ContentHash.of("Uno  \t\nDos\t\n\n\n") == ContentHash.of("Uno\nDos"))
    }

    @Test func keepsBlanksInsideALineAndAtItsStart() {
        #expect(ContentHash.of("Uno \tDos") != ContentHash.of("UnoDos"))
        #expect(ContentHash.of("\t Uno") != ContentHash.of("Uno"))
    }

    @Test func agreesWithTheCopyingNormalisationOnMixedText() {
        var generator = SplitMix(seed: 7)
        let alphabet: [String] = [" ", "\t", "\n", "a", "ñ", "é", "\r", "-", "😀"]
        for _ in 0..<500 {
            let length = Int(generator.next() % 40)
            let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            #expect(ContentHash.of(text) == Self.normalisedFNV(text), "\(text.debugDescription)")
        }
    }

    /// The definition spelled out: normalise the whole text first, then hash it.
    static func normalisedFNV(_ text: String) -> String {
        var bytes = Array(text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line -> [UInt8] in
            var lineBytes = Array(line)
            while lineBytes.last == UInt8(ascii: " ") || lineBytes.last == UInt8(ascii: "\t") { lineBytes.removeLast() }
            return lineBytes
        }.joined(separator: [UInt8(ascii: "\n")]))
        while bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }
}
