import CBrotli
import CZlib
import Foundation

/// Precompressed copies of text files for static servers (`.gz` through zlib, `.br` through Brotli),
/// made byte-for-byte reproducible: no time stamps or file names in the gzip header.
public enum Compression {
    /// Gzip at the highest level; nil only if zlib fails.
    public static func gzip(_ data: Data, level: Int32 = 9) -> Data? {
        var stream = z_stream()
        // windowBits 15 + 16 asks zlib for a gzip wrapper; its default header has mtime 0 and no name.
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { deflateEnd(&stream) }
        let capacity = Int(deflateBound(&stream, uLong(data.count))) + 32
        var output = Data(count: capacity)
        let status: Int32 = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            output.withUnsafeMutableBytes { (out: UnsafeMutableRawBufferPointer) in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(data.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(capacity)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.count = Int(stream.total_out)
        return output
    }

    /// What a page costs on the wire; see `WireSizeMeter`. For one page; a loop over many should keep a meter.
    public static func gzipSize(_ data: Data) -> Int {
        WireSizeMeter().gzipSize(of: data)
    }

    /// Brotli in text mode; quality 6 compresses better than gzip -9 at a speed fit for every build
    /// (quality 11 is about fifty times slower). Nil only if the encoder fails.
    public static func brotli(_ data: Data, quality: Int32 = 6) -> Data? {
        var size = BrotliEncoderMaxCompressedSize(data.count)
        if size == 0 { size = data.count + 1024 }
        var output = Data(count: size)
        let ok: Int32 = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            output.withUnsafeMutableBytes { (out: UnsafeMutableRawBufferPointer) in
                BrotliEncoderCompress(quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.count,
                                      input.bindMemory(to: UInt8.self).baseAddress, &size, out.bindMemory(to: UInt8.self).baseAddress)
            }
        }
        guard ok == BROTLI_TRUE else { return nil }
        output.count = size
        return output
    }
}

/// Measures what a page costs on the wire: its size as nginx gzips it with its defaults (`gzip_comp_level 1`,
/// a 32 KB window, `memLevel` 8, both lowered for a small file of known length exactly as nginx lowers them).
/// Other servers and Faro's own `.gz` copies compress harder, so a page within the budget here is within it
/// wherever it is served.
///
/// A meter keeps one zlib stream and one output buffer and resets them for each page, so measuring every page
/// of a big site costs the compression itself and not a quarter of a megabyte of allocation and clearing per
/// page; the compressed bytes are counted and thrown away. Like nginx, it deflates raw and counts its own
/// 10-byte gzip header and 8-byte trailer, which saves the CRC. Not thread-safe: one meter per task.
public final class WireSizeMeter {
    /// nginx's gzip header (10 bytes) and trailer (CRC-32 and length, 8 bytes) around the raw deflate stream.
    static let gzipFraming = 18

    private var stream = z_stream()
    private var parameters: (windowBits: Int32, memLevel: Int32)?
    private let scratch = UnsafeMutablePointer<Bytef>.allocate(capacity: 16 * 1024)
    private let scratchSize = 16 * 1024

    public init() {}

    deinit {
        if parameters != nil { deflateEnd(&stream) }
        scratch.deallocate()
    }

    /// nginx's window and hash size for a body of `length` bytes (`ngx_http_gzip_filter_deflate_start`): from
    /// 15 and 8, one step down for each halving of the window the body still fits in, less zlib's 262 bytes.
    static func nginxParameters(length: Int) -> (windowBits: Int32, memLevel: Int32) {
        // The loop ends at 9 bits (256 − 262 < 0), memLevel at 2: both within what zlib accepts.
        var windowBits: Int32 = 15
        var memLevel: Int32 = 8
        while length > 0, length < (1 << (windowBits - 1)) - 262 {
            windowBits -= 1
            memLevel -= 1
        }
        return (windowBits, memLevel)
    }

    /// Bytes `data` takes gzipped as nginx sends it; the raw size only if zlib fails.
    public func gzipSize(of data: Data) -> Int {
        let wanted = Self.nginxParameters(length: data.count)
        if let current = parameters, current == wanted {
            guard deflateReset(&stream) == Z_OK else { return data.count }
        } else {
            if parameters != nil { deflateEnd(&stream); parameters = nil }
            guard deflateInit2_(&stream, 1, Z_DEFLATED, -wanted.windowBits, wanted.memLevel,
                                Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                return data.count
            }
            parameters = wanted
        }
        var produced = 0
        let status: Int32 = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            var status: Int32
            repeat {
                stream.next_out = scratch
                stream.avail_out = uInt(scratchSize)
                status = deflate(&stream, Z_FINISH)
                produced += scratchSize - Int(stream.avail_out)
            } while status == Z_OK
            return status
        }
        guard status == Z_STREAM_END else { return data.count }
        return produced + Self.gzipFraming
    }
}
