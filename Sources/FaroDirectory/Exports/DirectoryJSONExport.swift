import Foundation

/// `data/directory.json`: every published record with all its fields, keys sorted so that two builds of
/// the same records give the same bytes. Missing values are `null`, so every record has the same keys.
struct DirectoryJSONExport {
    let selection: ExportSelection
    let baseURL: String
    let includeExamples: Bool

    /// The file.
    var file: ExportFile {
        let document: [String: Any] = [
            "homepage": baseURL,
            "examples_included": includeExamples,
            "records": selection.records.map(object),
        ]
        return ExportFile(path: "data/directory.json", data: Self.encode(document))
    }

    /// One record.
    func object(_ record: DirectoryRecord) -> [String: Any] {
        [
            "id": record.id,
            "category": record.category.rawValue,
            "example": record.example,
            "name": record.name,
            "kind": record.kind,
            "organization": Self.orNull(selection.organization(of: record)?.id),
            "state": Self.orNull(record.state?.name),
            "state_iso": Self.orNull(record.state?.iso),
            "city": Self.orNull(record.city),
            "address": Self.orNull(record.address),
            "location": record.coordinates.map { ["lat": $0.lat, "lon": $0.lon] as [String: Any] } ?? NSNull(),
            "phones": Self.phones(record),
            "email": Self.orNull(record.email),
            "website": Self.orNull(record.website),
            "services": record.services,
            "populations": record.populations,
            "languages": record.languages,
            "capacity": Self.orNull(record.capacity),
            "hours": Self.orNull(record.hours?.text),
            "cost": Self.orNull(record.cost),
            "requirements": record.requirements,
            "description": record.description,
            "last_verified": record.lastVerified.description,
            "source": record.source,
            "signatory": record.signatory,
        ]
    }

    /// `[{"number": "+526640000101", "kind": "voice"}]`.
    static func phones(_ record: DirectoryRecord) -> [[String: String]] {
        record.phones.map { ["number": $0.number.e164, "kind": $0.kind] }
    }

    /// The value, or JSON `null`.
    static func orNull(_ value: Any?) -> Any { value ?? NSNull() }

    /// Sorted keys, slashes unescaped, and a final newline.
    static func encode(_ object: Any) -> Data {
        // Only strings, numbers, booleans, arrays, dictionaries and NSNull reach here, so encoding cannot fail.
        var data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}
