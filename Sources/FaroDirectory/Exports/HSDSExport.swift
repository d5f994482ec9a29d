import Foundation

/// `data/hsds/`: the directory as an Open Referral HSDS 3.x tabular data package, one CSV per table and
/// `datapackage.json` describing them as a Frictionless tabular data package with keys and foreign keys.
struct HSDSExport {
    let selection: ExportSelection
    let baseURL: String

    /// The CSV files, then `datapackage.json`.
    var files: [ExportFile] {
        let tables = HSDSPackageBuilder(selection: selection).tables
        return tables.map { ExportFile(path: "data/hsds/" + $0.path, data: $0.csv.data) }
            + [ExportFile(path: "data/hsds/datapackage.json", data: DirectoryJSONExport.encode(descriptor(tables)))]
    }

    /// The data package descriptor.
    func descriptor(_ tables: [HSDSTable]) -> [String: Any] {
        [
            "profile": "tabular-data-package",
            "name": "faro-directory-hsds",
            "title": "Faro: directorio de albergues y organizaciones / shelter and organisation directory (HSDS 3.x)",
            "description": "Shelters and organisations supporting asylum seekers in Mexico, in Open Referral HSDS 3.x tables. "
                + "Times are local; sample records, when present, are marked " + HSDSPackageBuilder.exampleMarker + ".",
            "homepage": baseURL,
            "resources": tables.map(\.resource),
        ]
    }
}
