import CIsal
import CZlib
import Foundation

/// Measures what a page costs on the wire: its size as nginx gzips it with its defaults (`gzip_comp_level 1`,
/// a 32 KB window, `memLevel` 8, both lowered for a small file of known length exactly as nginx lowers them).
/// Other servers and Faro's own `.gz` copies compress harder, so a page within the budget here is within it
/// wherever it is served.
///
/// Compressing every page of a big site exactly would be a third of the build, so `weigh` first makes an
/// upper estimate with ISA-L's fastest level (about five times faster than zlib's level 1, and 7–17 % larger
/// on every HTML page measured: it matches greedily against one candidate and codes with one prebuilt
/// Huffman table where zlib builds one per block). Only a page whose estimate comes near the budget is
/// compressed exactly, so a page is never reported over the budget on an estimate, and one over it is never
/// missed unless ISA-L compresses it an eighth better than zlib, which no page has come close to.
///
/// A meter keeps its streams and output buffer and resets them for each page; the compressed bytes are
/// counted and thrown away. Like nginx, it deflates raw and counts its own 10-byte gzip header and 8-byte
/// trailer, which saves the CRC. Not thread-safe: one meter per task.
public final class WireSizeMeter {
    /// nginx's gzip header (10 bytes) and trailer (CRC-32 and length, 8 bytes) around the raw deflate stream.
    static let gzipFraming = 18

    private var stream = z_stream()
    private var parameters: (windowBits: Int32, memLevel: Int32)?
    private let scratch = UnsafeMutablePointer<Bytef>.allocate(capacity: 16 * 1024)
    private let scratchSize = 16 * 1024
    /// ISA-L's stream (its hash table is inside, so it lives on the heap) and a buffer for a whole page's output.
    private let estimator = UnsafeMutablePointer<isal_zstream>.allocate(capacity: 1)
    private var estimateBuffer: UnsafeMutableBufferPointer<UInt8> = .allocate(capacity: 64 * 1024)

    public init() {}

    deinit {
        if parameters != nil { deflateEnd(&stream) }
        scratch.deallocate()
        estimator.deallocate()
        estimateBuffer.deallocate()
    }

    /// A page's weight: exact when it is within an eighth of `budget` (or over it), otherwise an upper estimate.
    public func weigh(_ data: Data, budget: Int) -> (bytes: Int, exact: Bool) {
        if let estimate = upperEstimate(of: data), estimate <= budget - budget / 8 {
            return (estimate, false)
        }
        return (gzipSize(of: data), true)
    }

    /// The gzipped size with ISA-L's level 0: never less than `gzipSize` on any page measured; nil if ISA-L fails.
    public func upperEstimate(of data: Data) -> Int? {
        // Room for the page itself and some more; a page ISA-L would grow beyond that returns nil (and so is
        // measured exactly), since stateless compression stops when the output does not fit.
        let needed = data.count + data.count / 1024 + 1024
        if estimateBuffer.count < needed {
            estimateBuffer.deallocate()
            estimateBuffer = .allocate(capacity: needed)
        }
        let status: Int32 = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            isal_deflate_stateless_init(estimator)
            estimator.pointee.level = 0
            estimator.pointee.end_of_stream = 1
            estimator.pointee.flush = UInt16(NO_FLUSH)
            estimator.pointee.gzip_flag = UInt16(IGZIP_DEFLATE)
            estimator.pointee.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: UInt8.self).baseAddress)
            estimator.pointee.avail_in = UInt32(input.count)
            estimator.pointee.next_out = estimateBuffer.baseAddress
            estimator.pointee.avail_out = UInt32(estimateBuffer.count)
            return isal_deflate_stateless(estimator)
        }
        guard status == COMP_OK else { return nil }
        // On text ISA-L is the larger by a tenth. On data that hardly compresses both store it nearly raw, but
        // zlib cuts a block (5 bytes of header) each time its symbol buffer fills, ISA-L far less often: that
        // difference is added, so the estimate stays an upper bound there too.
        let symbolBuffer = 1 << (Self.nginxParameters(length: data.count).memLevel + 6)
        let blockHeaders = 5 * (data.count / symbolBuffer + 1) + 1
        return Int(estimator.pointee.total_out) + Self.gzipFraming + blockHeaders
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
