import FaroCore

/// Problems found while importing shelters from a spreadsheet; `column` is the header as the file writes it.
public enum ImportProblem: FaroProblem, Equatable {
    /// The file has no header row.
    case emptyFile
    /// A quoted cell whose closing quote never comes, so nothing from its row on can be read.
    case unclosedQuote
    /// Text between a cell's closing quote and the next separator.
    case textAfterQuote(column: String)
    /// A column every record needs is not in the header.
    case missingColumn(ImportColumn)
    /// Two header cells name the same column; `first` is the earlier header.
    case duplicateColumn(column: String, first: String)
    /// A header the import does not know; its cells are not imported (a warning).
    case unknownColumn(String, suggestion: ImportColumn?)
    /// A row with more non-empty cells than the header has columns.
    case tooManyCells(count: Int, columns: Int)
    /// A required cell is empty.
    case missingValue(column: String)
    /// A state that is not one of Mexico's 32.
    case unknownState(column: String, value: String)
    /// A word that is not in the list of services, populations, languages or costs.
    case unknownTerm(column: String, value: String, kind: ImportTerms.Kind, suggestion: String?)
    /// A phone number that is neither ten Mexican digits nor `+` and a country code.
    case invalidPhone(column: String, value: String)
    /// A phone number with an extension, which records cannot hold.
    case phoneExtension(column: String, value: String)
    /// A latitude or longitude that is not a decimal number of degrees.
    case invalidCoordinate(column: String, value: String)
    /// Only one of latitude and longitude is given.
    case incompleteCoordinates(column: String, missing: String)
    /// Coordinates outside Mexico.
    case outsideMexico(column: String, lat: Double, lon: Double)
    /// A date that is neither `YYYY-MM-DD` nor `DD/MM/YYYY`, or does not exist.
    case invalidDate(column: String, value: String)
    /// A verification date after today; `day` is how the written `value` was read.
    case futureDate(column: String, value: String, day: Day, today: Day)
    /// A capacity that is not a whole number.
    case invalidNumber(column: String, value: String)
    /// Opening hours that could not be read; `reason` explains why.
    case invalidHours(column: String, value: String, reason: OpeningHoursError)
    /// An email address without a user and a domain.
    case invalidEmail(column: String, value: String)
    /// A website that is not a web address.
    case invalidWebsite(column: String, value: String)
    /// An id that is not lowercase letters, digits and hyphens.
    case invalidID(column: String, value: String)
    /// Two rows of the file give the same id.
    case duplicateID(String, firstRow: Int)
    /// An organisation that no record in `directory/organizations/` has as id or name.
    case unknownOrganization(column: String, value: String, suggestion: String?)
    /// The record's file exists with other content and `--overwrite` was not given (a warning).
    case fileExists(path: String)
    /// The record's file could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .emptyFile: return "the file is empty; the first row must name the columns (nombre, estado, ciudad, …)"
        case .unclosedQuote:
            return "the quoted cell that starts here is never closed, so nothing from this row on can be read; add the closing \" and import again"
        case .textAfterQuote(let column):
            return "column '\(column)': text after the closing quote; quote the whole cell and write a quote inside it as \"\""
        case .missingColumn(let column):
            return "no '\(column.suggestedHeader)' column; the header must have one of: " + column.headers.joined(separator: ", ")
        case .duplicateColumn(let column, let first): return "column '\(column)' repeats column '\(first)'; keep one of them"
        case .unknownColumn(let header, let suggestion):
            return "column '\(header)' is not imported" + (suggestion.map { " (did you mean '\($0.suggestedHeader)'?)" } ?? "; see the accepted headers in 'faro import shelters --help'")
        case .tooManyCells(let count, let columns):
            return "the row has \(count) cells but the header has \(columns) columns; a cell holding the separator must be in double quotes"
        case .missingValue(let column): return "column '\(column)' is empty; every record needs it"
        case .unknownState(let column, let value): return "column '\(column)': '\(value)' is not a state of Mexico (for example 'Baja California', 'Nuevo León', 'CDMX')"
        case .unknownTerm(let column, let value, let kind, let suggestion):
            return "column '\(column)': '\(value)' is not a known \(kind.rawValue)" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                + "; allowed: " + ImportTerms.allowedText(kind) + (kind == .language ? ", or a two- or three-letter code" : "")
        case .invalidPhone(let column, let value):
            return "column '\(column)': '\(value)' is not a phone number; write 10 digits for Mexico (664 123 4567) or + and the country code, and separate numbers with /"
        case .phoneExtension(let column, let value):
            return "column '\(column)': '\(value)' has an extension, which a record cannot hold; write the number alone and the extension in the description"
        case .invalidCoordinate(let column, let value): return "column '\(column)': '\(value)' is not decimal degrees such as 32.5300 or -117.0400"
        case .incompleteCoordinates(let column, let missing): return "column '\(column)' is given but '\(missing)' is empty; give both or neither"
        case .outsideMexico(let column, let lat, let lon):
            return "column '\(column)': \(lat), \(lon) is outside Mexico; check that latitude and longitude are not swapped and longitude is negative"
        case .invalidDate(let column, let value): return "column '\(column)': '\(value)' is not a date; write 2026-11-29 or 29/11/2026"
        case .futureDate(let column, let value, let day, let today):
            return "column '\(column)': '\(value)' is \(day), after today (\(today)); write the day the record was last checked, day first (29/11/2026)"
        case .invalidNumber(let column, let value): return "column '\(column)': '\(value)' is not a whole number of places"
        case .invalidHours(let column, let value, let reason):
            return "column '\(column)': '\(value)': \(reason) (for example 'Lun-Vie 09:00-17:00; Sáb 09:00-13:00', 'Mo-Fr 09:00-17:00' or '24 horas')"
        case .invalidEmail(let column, let value): return "column '\(column)': '\(value)' is not an email address"
        case .invalidWebsite(let column, let value): return "column '\(column)': '\(value)' is not a web address such as https://ejemplo.org"
        case .invalidID(let column, let value):
            return "column '\(column)': '\(value)' is not an id; use lowercase letters, digits and hyphens, such as '\(Slug.make(value))', or leave it empty"
        case .duplicateID(let id, let firstRow):
            return "id '\(id)' is already used by row \(firstRow); give one of the rows another name, city or 'id'"
        case .unknownOrganization(let column, let value, let suggestion):
            return "column '\(column)': no organisation record has the id or name '\(value)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                + "; add it to directory/organizations/ first or leave the cell empty"
        case .fileExists(let path): return "\(path) exists and differs; left as it was (use --overwrite to replace it)"
        case .unwritable(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
