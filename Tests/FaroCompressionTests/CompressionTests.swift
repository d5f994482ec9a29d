import FaroCompression
import Foundation
import Testing

@Suite struct CompressionTests {
    let page = Data(String(repeating: "<p>Información para personas que buscan asilo.</p>\n", count: 200).utf8)

    /// Decompresses with the system's tools, as a browser or server would.
    func decompress(_ data: Data, tool: String, arguments: [String]) throws -> Data {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try data.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments + [input.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return output
    }

    @Test func gzip_output_is_standard_gzip_that_round_trips() throws {
        let compressed = try #require(Compression.gzip(page))
        #expect(compressed.prefix(2) == Data([0x1f, 0x8b]))
        #expect(compressed.count < page.count / 10)
        #expect(try decompress(compressed, tool: "gzip", arguments: ["-dc"]) == page)
    }

    @Test func gzip_output_has_no_time_stamp_so_builds_are_reproducible() throws {
        let compressed = try #require(Compression.gzip(page))
        #expect(compressed[4..<8] == Data([0, 0, 0, 0]))
        #expect(Compression.gzip(page) == compressed)
    }

    @Test func brotli_output_is_smaller_than_gzip_and_decodes() throws {
        let brotli = try #require(Compression.brotli(page))
        let gzip = try #require(Compression.gzip(page))
        #expect(brotli.count < gzip.count)
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/brotli") {
            #expect(try decompress(brotli, tool: "brotli", arguments: ["-dc"]) == page)
        }
    }
}
