import FaroCore

/// Problems making print editions.
public enum PrintProblem: FaroProblem, Equatable {
    /// WeasyPrint is not installed: PDFs were skipped (a warning, or an error under `--pdf`).
    case weasyPrintMissing
    /// WeasyPrint failed on a document; carries the document and what WeasyPrint said.
    case conversionFailed(document: String, output: String)
    /// A URL too long for a QR code.
    case qrCodeFailed(String)

    public var description: String {
        switch self {
        case .weasyPrintMissing:
            return "PDFs were skipped: WeasyPrint is not installed (install it with: sudo apt-get install weasyprint)"
        case .conversionFailed(let document, let output):
            return "WeasyPrint could not make \(document): \(output)"
        case .qrCodeFailed(let url): return "no QR code could be made for \(url)"
        }
    }
}
