import FaroPrint
import Foundation
import Testing

@Suite struct QRCodeTests {
    let url = "https://example.org/es/directorio/tamaulipas/reynosa/"

    /// Draws the code as a PGM image (quiet zone included) and reads it back with zbarimg, as a phone would.
    func decode(_ code: QRCode, scale: Int = 6) throws -> String? {
        let side = code.size * scale
        var pixels = [UInt8](repeating: 255, count: side * side)
        for (row, cells) in code.modules.enumerated() {
            for (column, dark) in cells.enumerated() where dark {
                for dy in 0..<scale {
                    for dx in 0..<scale {
                        pixels[((row + QRCode.quietZone) * scale + dy) * side + (column + QRCode.quietZone) * scale + dx] = 0
                    }
                }
            }
        }
        let image = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pgm")
        try (Data("P5\n\(side) \(side)\n255\n".utf8) + Data(pixels)).write(to: image)
        defer { try? FileManager.default.removeItem(at: image) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
        process.arguments = ["--quiet", "--raw", image.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func encodes_a_url_that_a_reader_decodes_back() throws {
        let code = try #require(QRCode(url))
        #expect(try decode(code) == url)
    }

    @Test func the_svg_is_at_least_25mm_wide_with_the_quiet_zone_and_black_on_white() throws {
        let code = try #require(QRCode(url))
        let svg = code.svg(millimetres: 30, label: url)
        #expect(svg.contains("width=\"30mm\" height=\"30mm\""))
        #expect(svg.contains("viewBox=\"0 0 \(code.modules.count + 8) \(code.modules.count + 8)\""))
        #expect(svg.contains("<rect width=\"\(code.size)\" height=\"\(code.size)\" fill=\"#fff\"/><path fill=\"#000\""))
        #expect(svg.contains("M4 4h7v1h-7z"))
    }

    @Test func the_label_is_escaped() throws {
        let code = try #require(QRCode("https://example.org/?a=1&b=\"2\""))
        #expect(code.svg(label: "a&\"b").contains("aria-label=\"a&amp;&quot;b\""))
    }
}
