/// `data/shelters.geojson`: a FeatureCollection of the published records that have coordinates, shelters
/// and organisations alike (`category` tells them apart), as points in `[longitude, latitude]` order (RFC 7946).
struct GeoJSONExport {
    let selection: ExportSelection

    /// The file.
    var file: ExportFile {
        let features = selection.records.compactMap(feature)
        let collection: [String: Any] = ["type": "FeatureCollection", "features": features]
        return ExportFile(path: "data/shelters.geojson", data: DirectoryJSONExport.encode(collection))
    }

    /// A record's feature, or nil when it has no coordinates.
    func feature(_ record: DirectoryRecord) -> [String: Any]? {
        guard let point = record.coordinates else { return nil }
        let properties: [String: Any] = [
            "id": record.id,
            "name": record.name,
            "category": record.category.rawValue,
            "state": DirectoryJSONExport.orNull(record.state?.name),
            "city": DirectoryJSONExport.orNull(record.city),
            "services": record.services,
            "populations": record.populations,
            "phones": DirectoryJSONExport.phones(record),
            "last_verified": record.lastVerified.description,
            "example": record.example,
        ]
        return [
            "type": "Feature",
            "id": record.category.rawValue + "-" + record.id,
            "geometry": ["type": "Point", "coordinates": [point.lon, point.lat]] as [String: Any],
            "properties": properties,
        ]
    }
}
