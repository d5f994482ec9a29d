import FaroCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Problems reading a source file before any parsing.
public enum SourceTextProblem: FaroProblem, Equatable {
    /// The file could not be read at all.
    case unreadable(String)
    /// The file is not UTF-8 text (the diagnostic's line is where the first bad byte is).
    case notUTF8
    /// The file is larger than Faro reads; carries its size and the limit, in bytes.
    case tooLarge(bytes: Int, limit: Int)
    /// A symbolic link: not followed, so nothing outside the content folder is read or published.
    case symbolicLink
    /// Something other than a regular file (a folder, a pipe, a device) with a source file's name.
    case notAFile

    public var description: String {
        switch self {
        case .unreadable(let reason): return "cannot read the file: \(reason)"
        case .notUTF8: return "the file is not UTF-8 text; save it as UTF-8"
        case .tooLarge(let bytes, let limit):
            return "the file is \(bytes / 1_048_576) MB; source files may be at most \(limit / 1_048_576) MB (split it, or link to a large document instead)"
        case .symbolicLink: return "symbolic links are not followed: copy the file or folder into the content folder instead"
        case .notAFile: return "this is not a regular file"
        }
    }
}

/// Reads text files the way editors write them: UTF-8 with or without a BOM, LF or CRLF line ends.
public enum SourceText {
    /// The largest source file read: a page many times this size could never fit the page budget,
    /// and the limit keeps a video or archive saved with a `.md` or `.yaml` name from filling memory.
    public static let maxBytes = 8 * 1_048_576

    /// The file's text with a leading BOM removed and line ends normalised to `\n`.
    /// A symbolic link is refused unless `followingLinks` (for a file named on the command line).
    public static func read(_ url: URL, displayPath: String, followingLinks: Bool = false) throws(DiagnosticsError) -> String {
        try read(atPath: url.path, displayPath: displayPath, followingLinks: followingLinks)
    }

    /// `read(_:displayPath:followingLinks:)` for a file path, which spares making a URL for each of many files.
    ///
    /// One `open` (refusing a link unless `followingLinks`), one `fstat` on what was opened and a read into
    /// one buffer: every Markdown file of a site comes through here, and Foundation's file reading made
    /// three `stat`s and a copy per file.
    public static func read(atPath path: String, displayPath: String, followingLinks: Bool = false) throws(DiagnosticsError) -> String {
        func failure(_ problem: SourceTextProblem, line: Int = 0) -> DiagnosticsError {
            DiagnosticsError([Diagnostic(at: SourceLocation(file: displayPath, line: line, column: 0), problem)])
        }
        func reason() -> String { String(cString: strerror(errno)) }
        // O_NONBLOCK: opening a pipe with a source file's name must not wait for a writer (it is refused below).
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            throw failure(!followingLinks && errno == ELOOP ? .symbolicLink : .unreadable(reason()))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure(.unreadable(reason())) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw failure(.notAFile) }
        guard Int(info.st_size) <= maxBytes else { throw failure(.tooLarge(bytes: Int(info.st_size), limit: maxBytes)) }
        // Read to the end even if the file grew since `fstat`, up to one byte past the limit; the spare byte
        // lets the read that finds the end happen without growing the buffer.
        var data = Data(count: Int(info.st_size) + 1)
        var length = 0
        while true {
            if length == data.count {
                guard data.count <= maxBytes else { break }
                data.count = min(max(data.count * 2, 4096), maxBytes + 1)
            }
            let count = data.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + length, buffer.count - length)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(.unreadable(reason()))
            }
            if count == 0 { break }
            length += count
        }
        data.count = length
        guard data.count <= maxBytes else { throw failure(.tooLarge(bytes: data.count, limit: maxBytes)) }
        return try decode(data, displayPath: displayPath)
    }

    /// Decodes bytes read from `displayPath`: UTF-8, BOM removed, line ends normalised.
    public static func decode(_ data: Data, displayPath: String) throws(DiagnosticsError) -> String {
        guard var text = String(validating: data, as: UTF8.self) else {
            let location = SourceLocation(file: displayPath, line: firstInvalidLine(data), column: 0)
            throw DiagnosticsError([Diagnostic(at: location, SourceTextProblem.notUTF8)])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if containsCarriageReturn(text) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// Whether `text` has a `\r` anywhere; `memchr` rather than a byte loop, as every source file is searched.
    static func containsCarriageReturn(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, Int32(UInt8(ascii: "\r")), bytes.count) != nil
        }
    }

    /// The one-based line of the first byte that is not part of valid UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return line
            case .error: return line
            }
        }
    }
}
