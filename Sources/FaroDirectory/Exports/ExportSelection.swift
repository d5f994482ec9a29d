/// The records one export run publishes: sample records left out unless asked for, in a stable order
/// (shelters, then organisations, each by id) so that a change to one record changes one row.
struct ExportSelection {
    /// The published records.
    let records: [DirectoryRecord]
    private let organizationsByID: [String: DirectoryRecord]

    /// Selects from `directory`.
    init(directory: Directory, includeExamples: Bool) {
        let order = DirectoryRecord.Category.allCases
        records = directory.records
            .filter { includeExamples || !$0.example }
            .sorted { (order.firstIndex(of: $0.category)!, $0.id) < (order.firstIndex(of: $1.category)!, $1.id) }
        organizationsByID = Dictionary(records.filter { $0.category == .organization }.map { ($0.id, $0) }) { first, _ in first }
    }

    /// The published shelters.
    var shelters: [DirectoryRecord] { records.filter { $0.category == .shelter } }
    /// The published organisations.
    var organizations: [DirectoryRecord] { records.filter { $0.category == .organization } }

    /// The organisation that runs `record`, when it is published too: no export points at a record it leaves out.
    func organization(of record: DirectoryRecord) -> DirectoryRecord? {
        record.organization.flatMap { organizationsByID[$0] }
    }

    /// The language codes that a translatable field has in any of `records`: Spanish, the language records
    /// are written in, first, then the rest alphabetically.
    static func languages(of field: KeyPath<DirectoryRecord, [String: String]>, in records: [DirectoryRecord]) -> [String] {
        let codes = Set(records.flatMap { $0[keyPath: field].keys })
        return codes.sorted { ($0 == sourceLanguage ? 0 : 1, $0) < ($1 == sourceLanguage ? 0 : 1, $1) }
    }

    /// The language records are written in, and the one single-language formats (HSDS) use.
    static let sourceLanguage = "es"

    /// A translatable field in the source language, else the first language that has it.
    static func sourceText(_ values: [String: String]) -> String? {
        DirectoryRecord.text(values, in: sourceLanguage, fallback: sourceLanguage)?.text
    }
}
