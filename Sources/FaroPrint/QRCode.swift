import CQRencode

/// A QR code made by libqrencode, drawn as inline SVG for print editions.
public struct QRCode: Sendable, Equatable {
    /// Dark modules, row by row, without the quiet zone.
    public let modules: [[Bool]]

    /// The standard quiet zone: four modules of light margin on every side.
    public static let quietZone = 4

    /// Encodes `text` (a URL) with error correction level M; nil if libqrencode cannot encode it.
    public init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        modules = (0..<width).map { row in (0..<width).map { column in data[row * width + column] & 1 == 1 } }
    }

    /// Modules per side, quiet zone included.
    public var size: Int { modules.count + 2 * Self.quietZone }

    /// An SVG of the code `millimetres` wide (at least 25 mm prints reliably), with one path of dark
    /// squares over a white square, so it prints black on white whatever the page colours are.
    public func svg(millimetres: Int = 30, label: String) -> String {
        var path = ""
        for (row, cells) in modules.enumerated() {
            var column = 0
            while column < cells.count {
                guard cells[column] else { column += 1; continue }
                var run = 1
                while column + run < cells.count, cells[column + run] { run += 1 }
                path += "M\(column + Self.quietZone) \(row + Self.quietZone)h\(run)v1h-\(run)z"
                column += run
            }
        }
        return """
        <svg xmlns="http://www.w3.org/2000/svg" class="qr" role="img" aria-label="\(Self.escape(label))" \
        width="\(millimetres)mm" height="\(millimetres)mm" viewBox="0 0 \(size) \(size)" shape-rendering="crispEdges">\
        <rect width="\(size)" height="\(size)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
