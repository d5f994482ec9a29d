/// `data/shelters.csv` and `data/organizations.csv`: one row per record, the same columns in both files.
///
/// Lists are joined with `;`; phones are E.164, one column per kind; translatable fields get one column
/// per language that any record in the file has (`description_es`, `description_en`).
struct RecordCSVExport {
    let selection: ExportSelection

    /// Both files.
    var files: [ExportFile] {
        [ExportFile(path: "data/shelters.csv", data: table(selection.shelters).data),
         ExportFile(path: "data/organizations.csv", data: table(selection.organizations).data)]
    }

    /// The table for `records`.
    func table(_ records: [DirectoryRecord]) -> CSVTable {
        let descriptionLanguages = ExportSelection.languages(of: \.description, in: records)
        let requirementLanguages = ExportSelection.languages(of: \.requirements, in: records)
        var table = CSVTable(header: Self.fixedColumns
            + descriptionLanguages.map { "description_" + $0 } + requirementLanguages.map { "requirements_" + $0 })
        for record in records {
            table.append(row(record)
                + descriptionLanguages.map { record.description[$0] ?? "" }
                + requirementLanguages.map { record.requirements[$0] ?? "" })
        }
        return table
    }

    /// The columns every file has, before the translated ones.
    static let fixedColumns = [
        "id", "example", "name", "kind", "organization", "state", "state_iso", "city", "address", "latitude", "longitude",
    ] + Vocabulary.phoneKinds.map { "phones_" + $0 } + [
        "email", "website", "services", "populations", "languages", "capacity", "hours", "cost", "signatory",
        "last_verified", "source",
    ]

    /// A record's cells for `fixedColumns`.
    func row(_ record: DirectoryRecord) -> [String] {
        [record.id, String(record.example), record.name, record.kind, selection.organization(of: record)?.id ?? "",
         record.state?.name ?? "", record.state?.iso ?? "", record.city ?? "", record.address ?? "",
         record.coordinates.map { String($0.lat) } ?? "", record.coordinates.map { String($0.lon) } ?? ""]
            + Vocabulary.phoneKinds.map { kind in record.phones.filter { $0.kind == kind }.map(\.number.e164).joined(separator: ";") }
            + [record.email ?? "", record.website ?? "", record.services.joined(separator: ";"),
               record.populations.joined(separator: ";"), record.languages.joined(separator: ";"),
               record.capacity.map(String.init) ?? "", record.hours?.text ?? "", record.cost ?? "", String(record.signatory),
               record.lastVerified.description, record.source]
    }
}
