import Foundation

/// Reads an image's pixel size from its header (PNG, JPEG, GIF, WebP), so pages can give `<img>` its
/// width and height and nothing jumps while it loads. Written by hand: no listed package reads image
/// headers, and these four formats need only a few bytes each.
struct ImageSize: Equatable, Sendable {
    let width: Int
    let height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The size, or nil for a format or file it cannot read.
    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(64 * 1024))
        func be16(_ i: Int) -> Int { Int(bytes[i]) << 8 | Int(bytes[i + 1]) }
        func be32(_ i: Int) -> Int { be16(i) << 16 | be16(i + 2) }
        func le16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func le24(_ i: Int) -> Int { le16(i) | Int(bytes[i + 2]) << 16 }
        if bytes.count >= 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            self.init(width: be32(16), height: be32(20))
        } else if bytes.count >= 10, bytes.starts(with: Array("GIF".utf8)) {
            self.init(width: le16(6), height: le16(8))
        } else if bytes.count >= 30, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            switch String(decoding: bytes[12..<16], as: UTF8.self) {
            case "VP8 ": self.init(width: le16(26) & 0x3FFF, height: le16(28) & 0x3FFF)
            case "VP8L": let b = bytes[21..<25].map(Int.init)
                self.init(width: 1 + (b[0] | (b[1] & 0x3F) << 8), height: 1 + (b[1] >> 6 | b[2] << 2 | (b[3] & 0x0F) << 10))
            case "VP8X": self.init(width: 1 + le24(24), height: 1 + le24(27))
            default: return nil
            }
        } else if bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 {
            var i = 2
            while i + 9 < bytes.count {
                guard bytes[i] == 0xFF else { return nil }
                let marker = bytes[i + 1]
                if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                    self.init(width: be16(i + 7), height: be16(i + 5))
                    return
                }
                i += 2 + be16(i + 2)
            }
            return nil
        } else {
            return nil
        }
        guard width > 0, height > 0 else { return nil }
    }

    /// The size after scaling down to at most `maxWidth` pixels wide, keeping the proportions.
    func fitting(width maxWidth: Int) -> ImageSize {
        guard width > maxWidth else { return self }
        return ImageSize(width: maxWidth, height: max(1, (height * maxWidth + width / 2) / width))
    }
}
