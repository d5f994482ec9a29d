import FaroContent
import FaroCore
import FaroDirectory
import FaroI18n
import FaroPrint
import FaroTheme

/// City handouts: for every city of the directory and every language, a page to pin on a wall with its
/// shelters and organisations in large type and a QR code to the city's page; and, for each language
/// other than Spanish, a bilingual handout (Spanish with that language) for shelters that receive mixed groups.
struct HandoutBuilder {
    let content: SiteContent
    let theme: Theme
    let strings: StringCatalog
    let site: DirectorySite

    func editions() throws -> [PrintEdition] {
        let config = content.config
        let css = theme.printStylesheet("handout")
        let primary = config.defaultLanguage.code
        var editions: [PrintEdition] = []
        for place in site.directory.places {
            for city in place.cities {
                let key = "directory/state/\(place.state.slug)/" + Slug.make(city)
                let records = site.directory.records(in: place.state, city: city)
                    .sorted { ($0.category == .shelter ? 0 : 1, $0.name) < ($1.category == .shelter ? 0 : 1, $1.name) }
                for language in config.languages {
                    guard let page = content.page(key: key, language: language.code) else { continue }
                    var pairs: [(String, String?)] = [(language.code, nil)]
                    if language.code != primary { pairs.append((primary, language.code)) }
                    for (first, second) in pairs {
                        let context = try values(city: city, state: place.state.name, records: records, page: page,
                                                 language: first, second: second, css: css)
                        let suffix = second.map { "\(first)-\($0)" } ?? first
                        editions.append(PrintEdition(html: try theme.render(context, template: "print-handout"),
                                                     path: String(page.route.path.dropFirst()) + Slug.make(city) + "-" + suffix + ".pdf",
                                                     pageKey: key, language: language.code, bilingual: second != nil,
                                                     location: records.first?.location ?? SourceLocation(file: "Content/directory")))
                    }
                }
            }
        }
        return editions
    }

    func values(city: String, state: String, records: [DirectoryRecord], page: Page, language: String, second: String?,
                css: String) throws -> [String: Any] {
        let config = content.config
        let url = config.absoluteURL(page.route)
        guard let qr = QRCode(url) else { throw PrintProblem.qrCodeFailed(url) }
        let direction = { (code: String) in (config.language(code)?.direction ?? .ltr).rawValue }
        var context: [String: Any] = [
            "lang": ["code": language, "dir": direction(language)], "t": strings.strings(for: language),
            "site": ["title": config.title(in: language)], "paper": config.paper.rawValue, "css": css,
            "city": city, "state": state, "url": url, "qr": qr.svg(millimetres: 30, label: url),
            "has_examples": records.contains(where: \.example),
            "records": records.map { record -> [String: Any] in
                var values = details(record, language: language)
                if let second { values["second"] = details(record, language: second) }
                return values
            },
        ]
        if let newest = records.map(\.lastVerified).max() {
            context["edition"] = DateText.long(newest, language: language, strings: strings.tables[language] ?? [:])
        }
        if let second {
            context["bilingual"] = true
            context["t2"] = strings.strings(for: second)
            context["lang2"] = ["code": second, "dir": direction(second)]
        }
        return context
    }

    /// The record page's values plus the lists joined as text, which print better than tags.
    func details(_ record: DirectoryRecord, language: String) -> [String: Any] {
        var values = RecordValues(site: site, language: language).details(record)
        values["services_text"] = (values["service_list"] as? [String] ?? []).joined(separator: ", ")
        values["populations_text"] = (values["population_list"] as? [String] ?? []).joined(separator: ", ")
        values["languages_text"] = (values["language_list"] as? [String] ?? []).joined(separator: ", ")
        values["has_phones"] = !record.phones.isEmpty
        return values
    }
}
