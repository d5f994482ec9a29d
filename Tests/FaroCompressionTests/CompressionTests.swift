import CZlib
@testable import FaroCompression
import FaroTestSupport
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

    /// A varied page: repeated markup with changing words, so sizes depend on the window and hash size.
    static func page(bytes: Int, seed: Int) -> Data {
        let words = ["asilo", "albergue", "frontera", "cita", "trámite", "derecho", "salud", "niña", "COMAR", "audiencia"]
        var text = "<!doctype html><main>"
        var generator = SplitMix(seed: UInt64(seed))
        while text.utf8.count < bytes {
            text += Int.random(in: 0..<3, using: &generator) == 0 ? "<p class=\"note\">" : " "
            text += words.randomElement(using: &generator)! + String(Int.random(in: 0..<16_384, using: &generator))
        }
        return Data(text.utf8.prefix(bytes))
    }

    @Test func the_wire_size_uses_nginx_window_and_hash_for_the_length() {
        #expect(WireSizeMeter.nginxParameters(length: 40_000) == (15, 8))
        #expect(WireSizeMeter.nginxParameters(length: 16_122) == (15, 8))
        #expect(WireSizeMeter.nginxParameters(length: 16_121) == (14, 7))
        #expect(WireSizeMeter.nginxParameters(length: 15_525) == (14, 7))
        #expect(WireSizeMeter.nginxParameters(length: 1_000) == (11, 4))
        #expect(WireSizeMeter.nginxParameters(length: 1) == (9, 2))
        #expect(WireSizeMeter.nginxParameters(length: 0) == (15, 8))
    }

    /// Python's zlib binding, given nginx's parameters, is an independent measurement of the same stream.
    @Test func the_wire_size_matches_zlib_driven_as_nginx_drives_it() throws {
        let sizes = [120, 900, 5_000, 15_525, 16_200, 70_000]
        let pages = sizes.enumerated().map { Self.page(bytes: $0.element, seed: $0.offset) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, page) in pages.enumerated() { try page.write(to: folder.appendingPathComponent("\(index)")) }
        let script = """
        import sys, zlib
        for i in range(\(pages.count)):
            data = open(sys.argv[1] + "/" + str(i), "rb").read()
            wbits, mem = 15, 8
            while len(data) > 0 and len(data) < (1 << (wbits - 1)) - 262:
                wbits, mem = wbits - 1, mem - 1
            z = zlib.compressobj(1, zlib.DEFLATED, -wbits, mem)
            print(len(z.compress(data) + z.flush()) + 18)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, folder.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = output.split(separator: "\n").compactMap { Int($0) }
        #expect(expected.count == pages.count)
        // One meter for all pages, in an order that changes the parameters back and forth, as a render loop would.
        let meter = WireSizeMeter()
        for index in [3, 0, 3, 4, 1, 5, 2, 3] {
            #expect(meter.gzipSize(of: pages[index]) == expected[index], "page of \(sizes[index]) bytes")
        }
    }

    @Test func the_wire_size_is_a_real_gzip_stream_length_under_the_same_parameters() throws {
        let page = Self.page(bytes: 15_525, seed: 7)
        var stream = z_stream()
        // zlib's own gzip wrapper around the same deflate settings: the same 18 bytes of framing.
        #expect(deflateInit2_(&stream, 1, Z_DEFLATED, 14 + 16, 7, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 32_768)
        let status = page.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        #expect(status == Z_STREAM_END)
        #expect(WireSizeMeter().gzipSize(of: page) == Int(stream.total_out))
        #expect(Compression.gzipSize(page) == Int(stream.total_out))
    }

    /// `count` pseudo-random bytes, the same for the same seed.
    static func noise(_ count: Int, seed: Int) -> Data {
        var generator = SplitMix(seed: UInt64(seed))
        return Data((0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// Text ISA-L and zlib see differently: Latin prose with markup, non-Latin scripts, digits, and noise.
    static func mixedPages() -> [Data] {
        var pages = [120, 900, 5_000, 15_525, 40_000].enumerated().map { page(bytes: $0.element, seed: $0.offset + 10) }
        pages.append(Data(String(repeating: "<li>Kreyòl ayisyen: enfòmasyon sou azil</li>\n", count: 300).utf8))
        pages.append(Data(String(repeating: "<p>طلب اللجوء في المكسيك — 申请庇护 — Пошук притулку</p>\n", count: 200).utf8))
        pages.append(noise(12_000, seed: 42))
        pages.append(Data((0..<20_000).map { UInt8(ascii: "0") + UInt8($0 * 7919 % 10) }))
        return pages
    }

    @Test func the_upper_estimate_is_never_below_the_wire_size() {
        let meter = WireSizeMeter()
        for (index, page) in Self.mixedPages().enumerated() {
            let exact = meter.gzipSize(of: page)
            // Random bytes do not fit ISA-L's buffer for them; the meter then measures exactly instead.
            guard let estimate = meter.upperEstimate(of: page) else { continue }
            #expect(estimate >= exact, "page \(index): estimate \(estimate) B under the \(exact) B nginx sends")
        }
    }

    @Test func a_page_near_or_over_the_budget_is_weighed_exactly_and_one_far_below_is_estimated() throws {
        let meter = WireSizeMeter()
        let budget = 14 * 1024
        let small = Self.page(bytes: 5_000, seed: 3)
        let light = meter.weigh(small, budget: budget)
        #expect(!light.exact)
        #expect(light.bytes == meter.upperEstimate(of: small))
        #expect(light.bytes >= meter.gzipSize(of: small))
        // Random bytes barely compress: 13,000 of them come within an eighth of the budget, 16,000 go over it.
        for count in [13_000, 16_000] {
            let page = Self.noise(count, seed: count)
            let weight = meter.weigh(page, budget: budget)
            #expect(weight.exact, "\(count) random bytes")
            #expect(weight.bytes == meter.gzipSize(of: page))
        }
        #expect(meter.weigh(Self.noise(16_000, seed: 1), budget: budget).bytes > budget)
    }
}
