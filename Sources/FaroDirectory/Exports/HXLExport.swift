/// `data/shelters-hxl.csv`: the shelters as HXL-tagged CSV (Humanitarian Exchange Language), for
/// humanitarian tools such as HDX: a header row, then a row of hashtags, then one row per shelter.
///
/// Tag choices, from the HXL hashtag dictionary: the shelter is a facility (`#loc +facility`); the city is
/// a `#loc` too, with `+city`, since Mexico's second administrative level is the municipio, not the city;
/// states are `#adm1` with their ISO 3166-2 code; populations served are `#beneficiary +type` (`#targeted`
/// counts people, it does not name groups); `+verified` on `#date` is a custom attribute, which HXL allows.
struct HXLExport {
    let selection: ExportSelection

    /// One column: its header, its hashtag, and its value for a shelter.
    struct Column {
        let header: String
        let hashtag: String
        let value: (DirectoryRecord) -> String
    }

    /// The file.
    var file: ExportFile {
        let shelters = selection.shelters
        let columns = columns(descriptionLanguages: ExportSelection.languages(of: \.description, in: shelters))
        var table = CSVTable(header: columns.map(\.header))
        table.append(columns.map(\.hashtag))
        for shelter in shelters { table.append(columns.map { $0.value(shelter) }) }
        return ExportFile(path: "data/shelters-hxl.csv", data: table.data)
    }

    /// Every column, with a description column per language (`#description +i_es`).
    func columns(descriptionLanguages: [String]) -> [Column] {
        let phones = Vocabulary.phoneKinds.map { kind in
            Column(header: "phones_" + kind, hashtag: "#contact +phone +" + kind) { record in
                record.phones.filter { $0.kind == kind }.map(\.number.e164).joined(separator: ";")
            }
        }
        let descriptions = descriptionLanguages.map { language in
            Column(header: "description_" + language, hashtag: "#description +i_" + language) { $0.description[language] ?? "" }
        }
        return [
            Column(header: "id", hashtag: "#meta +id") { $0.id },
            Column(header: "example", hashtag: "#meta +example") { String($0.example) },
            Column(header: "name", hashtag: "#loc +facility +name") { $0.name },
            Column(header: "kind", hashtag: "#loc +facility +type") { $0.kind },
            Column(header: "organization", hashtag: "#org +name") { selection.organization(of: $0)?.name ?? "" },
            Column(header: "country", hashtag: "#country +code") { _ in "MEX" },
            Column(header: "state", hashtag: "#adm1 +name") { $0.state?.name ?? "" },
            Column(header: "state_iso", hashtag: "#adm1 +code") { $0.state?.iso ?? "" },
            Column(header: "city", hashtag: "#loc +city +name") { $0.city ?? "" },
            Column(header: "address", hashtag: "#loc +address") { $0.address ?? "" },
            Column(header: "latitude", hashtag: "#geo +lat") { $0.coordinates.map { String($0.lat) } ?? "" },
            Column(header: "longitude", hashtag: "#geo +lon") { $0.coordinates.map { String($0.lon) } ?? "" },
        ] + phones + [
            Column(header: "email", hashtag: "#contact +email") { $0.email ?? "" },
            Column(header: "website", hashtag: "#contact +url") { $0.website ?? "" },
            Column(header: "services", hashtag: "#service +type") { $0.services.joined(separator: ";") },
            Column(header: "populations", hashtag: "#beneficiary +type") { $0.populations.joined(separator: ";") },
            Column(header: "capacity", hashtag: "#capacity") { $0.capacity.map(String.init) ?? "" },
            Column(header: "last_verified", hashtag: "#date +verified") { $0.lastVerified.description },
            Column(header: "source", hashtag: "#meta +source") { $0.source },
        ] + descriptions
    }
}
