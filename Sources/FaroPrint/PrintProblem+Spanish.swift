import FaroCore

extension PrintProblem {
    /// The message in Spanish, for staff who edit the site in Spanish.
    public var spanish: String {
        switch self {
        case .weasyPrintMissing:
            return "no se hicieron los PDF: WeasyPrint no está instalado (instálalo con: sudo apt-get install weasyprint)"
        case .conversionFailed(let document, let output):
            return "WeasyPrint no pudo hacer \(document): \(output)"
        case .qrCodeFailed(let url):
            return "no se pudo hacer un código QR para \(url); la dirección es demasiado larga, usa una más corta"
        }
    }
}
