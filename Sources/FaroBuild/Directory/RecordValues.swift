import FaroCore
import FaroDirectory
import FaroI18n
import Foundation

/// A directory record as template values in one language: contact links people can tap, labels in
/// their language, the sample-entry flag, and the record's schema.org JSON-LD.
struct RecordValues {
    let site: DirectorySite
    let language: String

    private var labels: DirectoryLabels { DirectoryLabels(strings: site.strings) }
    private var defaultLanguage: String { site.config.defaultLanguage.code }

    /// What a listing shows of a record.
    func summary(_ record: DirectoryRecord) -> [String: Any] {
        var values: [String: Any] = [
            "name": record.name, "url": site.config.href(route(of: record)), "example": record.example,
            "place": [record.city, record.state?.name].compactMap { $0 }.joined(separator: ", "),
            "services": record.services.prefix(4).map { labels.label("service_\($0)", language) }.joined(separator: " · "),
        ]
        if let phone = record.phones.first(where: { $0.kind == "voice" }) ?? record.phones.first {
            values["phone"] = phone.number.display
            values["tel"] = "tel:" + phone.number.e164
        }
        return values
    }

    /// Everything a record page shows.
    func details(_ record: DirectoryRecord) -> [String: Any] {
        var values = summary(record)
        values["is_shelter"] = record.category == .shelter
        values["kind"] = labels.label("kind_\(record.kind)", language)
        if let address = record.address { values["address"] = address }
        if let point = record.coordinates {
            values["geo"] = "geo:\(point.lat),\(point.lon)"
            values["osm"] = "https://www.openstreetmap.org/?mlat=\(point.lat)&mlon=\(point.lon)#map=17/\(point.lat)/\(point.lon)"
        }
        values["phones"] = record.phones.map(phoneValues)
        if let email = record.email { values["email"] = email }
        if let website = record.website { values["website"] = website }
        values["service_list"] = record.services.map { labels.label("service_\($0)", language) }
        values["population_list"] = record.populations.map { labels.label("population_\($0)", language) }
        values["language_list"] = record.languages.map(languageName)
        values["has_services"] = !record.services.isEmpty
        values["has_populations"] = !record.populations.isEmpty
        values["has_languages"] = !record.languages.isEmpty
        if let capacity = record.capacity { values["capacity"] = DateText.number(capacity, language: language) }
        if let hours = record.hours { values["hours"] = HoursText(labels: labels, language: language).describe(hours) }
        if let cost = record.cost { values["cost"] = labels.label("cost_\(cost)", language) }
        if let text = DirectoryRecord.text(record.description, in: language, fallback: defaultLanguage) {
            values["description"] = ["text": text.text, "lang": text.language, "other_language": text.language != language]
        }
        if let text = DirectoryRecord.text(record.requirements, in: language, fallback: defaultLanguage) {
            values["requirements"] = ["text": text.text, "lang": text.language, "other_language": text.language != language]
        }
        values["last_verified"] = DateText.long(record.lastVerified, language: language, strings: site.strings.tables[language] ?? [:])
        values["last_verified_iso"] = record.lastVerified.description
        values["source"] = record.source
        if let organization = site.directory.organization(of: record) {
            values["organization"] = ["name": organization.name, "url": site.config.href(route(of: organization))]
        }
        if record.category == .organization {
            let shelters = site.directory.shelters(of: record)
            values["shelters"] = shelters.map(summary)
            values["has_shelters"] = !shelters.isEmpty
        }
        // Sample entries are not offered to search engines as real places.
        if !record.example {
            values["json_ld"] = RecordJSONLD(record: record, url: site.config.absoluteURL(route(of: record)), language: language).script
        }
        return values
    }

    func phoneValues(_ phone: DirectoryRecord.Phone) -> [String: Any] {
        var values: [String: Any] = ["display": phone.number.display, "kind": labels.label("phone_\(phone.kind)", language)]
        switch phone.kind {
        case "whatsapp": values["href"] = "https://wa.me/" + phone.number.digits
        case "sms": values["href"] = "sms:" + phone.number.e164
        default: values["href"] = "tel:" + phone.number.e164
        }
        return values
    }

    /// A language's name as the reader's language writes it, or the site's own name for it.
    func languageName(_ code: String) -> String {
        if let site = site.config.language(code) { return site.name }
        return Locale(identifier: language).localizedString(forLanguageCode: code) ?? code
    }

    func route(of record: DirectoryRecord) -> Route {
        site.route(of: record, language: language)
    }
}
