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
