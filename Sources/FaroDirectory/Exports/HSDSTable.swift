/// One table of an Open Referral HSDS 3.x tabular data package: its resource name, CSV file, fields and
/// foreign keys as `datapackage.json` declares them, and its rows.
struct HSDSTable {
    /// A column: its HSDS field name and Table Schema type (`string`, `number`, `integer`, `date`, `time`).
    struct Field {
        let name: String
        let type: String
        /// A Table Schema format, when the type needs one (`%H:%M` for HSDS opening times).
        var format: String? = nil
        /// Allowed values, from HSDS's enums.
        var allowed: [String]? = nil
    }

    /// `field` holds an `id` of the table named `resource`.
    struct ForeignKey {
        let field: String
        let resource: String
    }

    /// HSDS table name, also the data package resource name (`service_at_location`).
    let name: String
    /// The CSV file name HSDS gives the table (`organizations.csv`).
    let path: String
    /// Columns, in CSV order; the first is always `id`.
    let fields: [Field]
    /// References to other tables' ids.
    let foreignKeys: [ForeignKey]
    /// Rows, each by field name; a field left out is empty.
    private(set) var rows: [[String: String]] = []

    /// Creates an empty table.
    init(name: String, path: String, fields: [Field], foreignKeys: [ForeignKey] = []) {
        precondition(fields.first?.name == "id", "an HSDS table starts with its id")
        self.name = name
        self.path = path
        self.fields = fields
        self.foreignKeys = foreignKeys
    }

    /// Appends a row; every key must be one of the table's fields.
    mutating func append(_ row: [String: String]) {
        precondition(Set(row.keys).isSubset(of: fields.map(\.name)), "unknown field in \(name): \(row.keys.sorted())")
        rows.append(row)
    }

    /// The table as CSV, header equal to the field names.
    var csv: CSVTable {
        var table = CSVTable(header: fields.map(\.name))
        for row in rows { table.append(fields.map { row[$0.name] ?? "" }) }
        return table
    }

    /// The table's entry in `datapackage.json` (a Frictionless tabular data resource).
    var resource: [String: Any] {
        var schema: [String: Any] = [
            "primaryKey": "id",
            "fields": fields.map { field -> [String: Any] in
                var entry: [String: Any] = ["name": field.name, "type": field.type]
                if let format = field.format { entry["format"] = format }
                if field.name == "id" { entry["constraints"] = ["required": true, "unique": true] }
                if let allowed = field.allowed { entry["constraints"] = ["enum": allowed] }
                return entry
            },
        ]
        if !foreignKeys.isEmpty {
            schema["foreignKeys"] = foreignKeys.map { key -> [String: Any] in
                ["fields": key.field, "reference": ["resource": key.resource, "fields": "id"]]
            }
        }
        return [
            "name": name, "path": path, "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": schema,
        ]
    }
}
