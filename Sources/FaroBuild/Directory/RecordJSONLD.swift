import FaroCore
import FaroDirectory
import Foundation

/// schema.org JSON-LD for a record: an NGO (and a Place, for shelters) with address, geo, contact point
/// with languages, and opening hours. Safe inside `<script>`: `<` is escaped so `</script>` cannot close it.
struct RecordJSONLD {
    let record: DirectoryRecord
    let url: String
    let language: String

    var object: [String: Any] {
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": record.category == .shelter ? ["NGO", "Place"] : [record.kind == "government" ? "GovernmentOrganization" : "NGO"],
            "name": record.name, "url": url,
        ]
        if let website = record.website { object["sameAs"] = website }
        if let email = record.email { object["email"] = email }
        if let text = DirectoryRecord.text(record.description, in: language, fallback: "es") { object["description"] = text.text }
        if record.address != nil || record.city != nil {
            var address: [String: Any] = ["@type": "PostalAddress", "addressCountry": "MX"]
            if let street = record.address { address["streetAddress"] = street }
            if let city = record.city { address["addressLocality"] = city }
            if let state = record.state { address["addressRegion"] = state.name }
            object["address"] = address
        }
        if let point = record.coordinates {
            object["geo"] = ["@type": "GeoCoordinates", "latitude": point.lat, "longitude": point.lon]
        }
        if !record.phones.isEmpty || !record.languages.isEmpty {
            var contact: [String: Any] = ["@type": "ContactPoint", "contactType": "information"]
            if let phone = record.phones.first { contact["telephone"] = phone.number.e164 }
            if !record.languages.isEmpty { contact["availableLanguage"] = record.languages }
            object["contactPoint"] = contact
        }
        if let hours = record.hours {
            // The week as OpenStreetMap means it: a later rule replaces earlier ones for its days.
            object["openingHoursSpecification"] = WeeklyHours(hours).groups.flatMap { group in
                group.spans.map { span -> [String: Any] in
                    ["@type": "OpeningHoursSpecification", "dayOfWeek": group.days.map { "https://schema.org/" + Self.dayNames[$0.index] },
                     "opens": OpeningHours.Span.clock(span.opens), "closes": span.closes == 1440 ? "23:59" : OpeningHours.Span.clock(span.closes)]
                }
            }
        }
        return object
    }

    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The JSON text, escaped for a `<script type="application/ld+json">` element.
    var script: String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
