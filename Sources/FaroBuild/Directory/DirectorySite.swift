import FaroContent
import FaroCore
import FaroDirectory
import FaroI18n

/// The directory as pages: one per record and language, and listings by state, city, service and
/// population, an A–Z index and the organisations, split into pages that fit the page budget.
struct DirectorySite: Sendable {
    let directory: Directory
    let config: SiteConfig
    let strings: StringCatalog
    /// Listing data by translation key.
    private(set) var listings: [String: DirectoryListing] = [:]
    /// The pages, in every language.
    private(set) var pages: [Page] = []

    static let rootKey = "directory/index"

    init(directory: Directory, config: SiteConfig, strings: StringCatalog) {
        self.directory = directory
        self.config = config
        self.strings = strings
        let labels = DirectoryLabels(strings: strings)
        let segment = labels.segment, label = labels.label
        addListing(.index, key: Self.rootKey, parent: "index", records: [], segments: { _ in [] })
        for place in directory.places {
            let stateKey = "directory/state/\(place.state.slug)"
            addListing(.state(place.state), key: stateKey, parent: Self.rootKey, records: directory.records(in: place.state)) { _ in [place.state.slug] }
            for city in place.cities {
                addListing(.city(place.state, city), key: stateKey + "/" + Slug.make(city), parent: stateKey,
                           records: directory.records(in: place.state, city: city)) { _ in [place.state.slug, Slug.make(city)] }
            }
        }
        for service in Vocabulary.services {
            let records = directory.records.filter { $0.services.contains(service) }
            guard !records.isEmpty else { continue }
            addListing(.service(service), key: "directory/service/\(service)", parent: Self.rootKey, records: records) { language in
                [segment("slug_services", language), Slug.make(label("service_\(service)", language))]
            }
        }
        for population in Vocabulary.populations {
            let records = directory.records.filter { $0.populations.contains(population) }
            guard !records.isEmpty else { continue }
            addListing(.population(population), key: "directory/population/\(population)", parent: Self.rootKey, records: records) { language in
                [segment("slug_populations", language), Slug.make(label("population_\(population)", language))]
            }
        }
        addListing(.alphabetical, key: "directory/a-z", parent: Self.rootKey, records: directory.records) { _ in ["a-z"] }
        if !directory.organizations.isEmpty {
            addListing(.organizations, key: "directory/organizations", parent: Self.rootKey, records: directory.organizations) { language in
                [segment("slug_organizations", language)]
            }
        }
        // Each language's folders for record pages (`/es/directorio/albergues/`), made once, not per record.
        var folders: [String: Route] = [:]
        for language in config.languages {
            for folder in ["slug_shelters", "slug_organizations"] {
                folders[language.code + ":" + folder] = root(language.code).appending(segment(folder, language.code))
            }
        }
        for record in directory.records {
            let parent = record.category == .organization ? "directory/organizations"
                : record.state.map { "directory/state/\($0.slug)" + (record.city.map { "/" + Slug.make($0) } ?? "") } ?? Self.rootKey
            let folder = record.category == .shelter ? "slug_shelters" : "slug_organizations"
            for language in config.languages {
                let route = folders[language.code + ":" + folder]!.appending(record.id)
                pages.append(page(key: "directory/\(record.category.folder)/\(record.id)", kind: .record, title: record.name,
                                  language: language.code, parent: parent, route: route, dataKey: record.category.rawValue + ":" + record.id))
            }
        }
    }

    /// The record a record page's data key names (`shelter:<id>`).
    func record(forKey key: String) -> DirectoryRecord? {
        guard let colon = key.firstIndex(of: ":"), let category = DirectoryRecord.Category(rawValue: String(key[..<colon])) else { return nil }
        return directory.record(category, id: String(key[key.index(after: colon)...]))
    }

    /// The route of a record's page in a language (`/es/directorio/albergues/<id>/`).
    func route(of record: DirectoryRecord, language: String) -> Route {
        Self.route(of: record, root: root(language), segment: segment(record.category == .shelter ? "slug_shelters" : "slug_organizations", language))
    }

    static func route(of record: DirectoryRecord, root: Route, segment: String) -> Route {
        root.appending(segment).appending(record.id)
    }

    /// The route of the directory's first page in a language (`/es/directorio/`).
    func root(_ language: String) -> Route {
        Route(segments: [language, segment("slug_directory", language)])
    }

    /// A translated URL segment from the UI strings (`slug_shelters: albergues`).
    func segment(_ key: String, _ language: String) -> String { DirectoryLabels(strings: strings).segment(key, language) }

    private mutating func addListing(_ subject: DirectoryListing.Subject, key: String, parent: String, records: [DirectoryRecord],
                                     segments: (String) -> [String]) {
        let pageCount = max(1, (records.count + DirectoryListing.pageSize - 1) / DirectoryListing.pageSize)
        for number in 1...pageCount {
            let slice = Array(records.dropFirst((number - 1) * DirectoryListing.pageSize).prefix(DirectoryListing.pageSize))
            let pageKey = DirectoryListing.key(key, page: number)
            listings[pageKey] = DirectoryListing(subject: subject, records: slice, page: number, pageCount: pageCount, firstKey: key)
            for language in config.languages {
                var route = root(language.code)
                for part in segments(language.code) { route = route.appending(part) }
                if number > 1 { route = route.appending(segment("slug_page", language.code)).appending(String(number)) }
                pages.append(page(key: pageKey, kind: .listing, title: title(of: subject, in: language.code), language: language.code,
                                  parent: number == 1 ? parent : key, route: route, dataKey: pageKey))
            }
        }
    }

    /// A listing's heading in a language.
    func title(of subject: DirectoryListing.Subject, in language: String) -> String {
        let label = DirectoryLabels(strings: strings).label
        switch subject {
        case .index: return label("directory_title", language)
        case .state(let state): return state.name
        case .city(_, let city): return city
        case .service(let service): return label("service_\(service)", language)
        case .population(let population): return label("population_\(population)", language)
        case .organizations: return label("directory_organizations", language)
        case .alphabetical: return label("directory_az", language)
        }
    }

    private func page(key: String, kind: Page.Kind, title: String, language: String, parent: String, route: Route, dataKey: String) -> Page {
        var page = Page(sourcePath: "directory", location: SourceLocation(file: "Content/directory", line: 0, column: 0), language: language,
                        translationKey: key, kind: kind, parentKey: parent, frontMatter: FrontMatter(title: title), body: "", bodyLine: 1,
                        route: route, isGenerated: true)
        page.dataKey = dataKey
        return page
    }
}

/// Directory words in the reader's language, from the UI strings.
struct DirectoryLabels: Sendable {
    let strings: StringCatalog

    /// A UI string in a language (falling back to the default language, then to the key itself).
    func label(_ key: String, _ language: String) -> String {
        strings.strings(for: language)[key] ?? key
    }

    /// A translated URL segment (`slug_shelters: albergues`), made safe as a slug.
    func segment(_ key: String, _ language: String) -> String {
        Slug.make(label(key, language))
    }
}
