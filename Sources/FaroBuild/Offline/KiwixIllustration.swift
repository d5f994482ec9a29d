import Foundation

/// The 48×48 PNG that a ZIM file must carry for Kiwix's library: a white lighthouse (`faro`) with a
/// yellow light on the theme's link blue. Encoded here (stored deflate blocks, no compression) rather
/// than kept as a binary file, so the theme needs no image and Faro no image library.
enum KiwixIllustration {
    /// Side of the square, in pixels.
    static let size = 48

    /// The PNG file's bytes.
    static func png() -> Data {
        var raw: [UInt8] = []
        for y in 0..<size {
            raw.append(0)  // filter type: none
            for x in 0..<size { raw += pixel(x: x, y: y) }
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(size)) + bigEndian(UInt32(size))
        header += [8, 2, 0, 0, 0]  // 8 bits per channel, RGB, deflate, no filter, no interlace
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += chunk("IHDR", header) + chunk("IDAT", zlibStored(raw)) + chunk("IEND", [])
        return Data(file)
    }

    /// The colour of one pixel.
    static func pixel(x: Int, y: Int) -> [UInt8] {
        let blue: [UInt8] = [0x06, 0x45, 0xAD], white: [UInt8] = [0xFF, 0xFF, 0xFF], yellow: [UInt8] = [0xFF, 0xCC, 0x00]
        let dx = abs(2 * x - 47)  // twice the distance from the centre line
        if (6...13).contains(y) && dx <= 7 { return yellow }        // the light
        if y == 14 && dx <= 11 { return white }                     // the gallery
        if (15...43).contains(y) && dx <= 6 + (y - 15) / 3 { return white }  // the tower, wider at the foot
        if y >= 44 { return white }                                 // the rock
        if (8...11).contains(y) && dx >= 12 && dx <= 12 + 2 * (47 - dx) / 3 { return yellow }  // the beams
        return blue
    }

    /// A PNG chunk: length, type, data, CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    /// A zlib stream of stored (uncompressed) deflate blocks.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let last: UInt8 = offset + count == data.count ? 1 : 0
            out += [last, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += data[offset..<(offset + count)]
            offset += count
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        return out + bigEndian(b << 16 | a)
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
