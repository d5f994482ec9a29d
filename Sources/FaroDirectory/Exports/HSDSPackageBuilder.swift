/// Fills the HSDS tables from published records. Each record becomes a service (every shelter, and every
/// organisation that lists services) run by an organisation (the record itself, its `organization`, or for
/// a shelter without one an organisation row made from the shelter), at a location with an address, with
/// its phones, weekly schedules, languages, and taxonomy attributes for its services and populations.
///
/// Ids are derived from record ids, so they stay the same from build to build: `shelter-x` is the record,
/// `shelter-x-service`, `shelter-x-location`, `shelter-x-phone-1` its rows; organisation records are
/// `organization-y`.
struct HSDSPackageBuilder {
    let selection: ExportSelection
    var organization = HSDSSchema.organization
    var service = HSDSSchema.service
    var location = HSDSSchema.location
    var serviceAtLocation = HSDSSchema.serviceAtLocation
    var address = HSDSSchema.address
    var phone = HSDSSchema.phone
    var schedule = HSDSSchema.schedule
    var language = HSDSSchema.language
    var taxonomy = HSDSSchema.taxonomy
    var taxonomyTerm = HSDSSchema.taxonomyTerm
    var attribute = HSDSSchema.attribute

    /// Marks sample records in names and descriptions, in Spanish and English, for tools that show nothing else.
    static let exampleMarker = "[EJEMPLO / SAMPLE]"

    /// Builds every table from `selection`.
    init(selection: ExportSelection) {
        self.selection = selection
        addTaxonomies()
        for record in selection.records { add(record) }
    }

    /// The tables, in the order `HSDSSchema.tables` gives.
    var tables: [HSDSTable] {
        [organization, service, location, serviceAtLocation, address, phone, schedule, language, taxonomy, taxonomyTerm, attribute]
    }

    /// `shelter-x` or `organization-y`: record ids are unique within a category, not across both.
    static func base(_ record: DirectoryRecord) -> String { record.category.rawValue + "-" + record.id }

    /// Adds every row a record gives.
    mutating func add(_ record: DirectoryRecord) {
        let base = Self.base(record)
        let organizationID = addOrganization(for: record, base: base)
        let serviceID = record.category == .shelter || !record.services.isEmpty ? addService(record, base: base, organizationID: organizationID) : nil
        let locationID = Self.hasPlace(record) ? addLocation(record, base: base, organizationID: organizationID) : nil
        if let serviceID, let locationID {
            serviceAtLocation.append(["id": base + "-service-at-location", "service_id": serviceID, "location_id": locationID])
        }
        let links = Links(organization: record.category == .organization ? organizationID : nil, service: serviceID, location: locationID)
        addPhones(record, base: base, links: links)
        addSchedules(record, base: base, links: links)
        addLanguages(record, base: base, links: links)
        addAttributes(record, base: base, link: serviceID.map { ($0, "service") } ?? (organizationID, "organization"))
    }

    /// The rows a phone, schedule or language row can point at.
    struct Links {
        let organization: String?
        let service: String?
        let location: String?
    }

    /// The organisation id that runs `record`, adding the organisation row when the record is (or stands for) one.
    mutating func addOrganization(for record: DirectoryRecord, base: String) -> String {
        if record.category == .shelter, let runner = selection.organization(of: record) { return Self.base(runner) }
        let id = record.category == .organization ? base : base + "-organization"
        organization.append([
            "id": id, "name": labelled(record.name, record),
            "description": labelled(ExportSelection.sourceText(record.description) ?? record.name, record),
            "email": record.email ?? "", "website": record.website ?? "",
        ])
        return id
    }

    /// The service row for `record`.
    mutating func addService(_ record: DirectoryRecord, base: String, organizationID: String) -> String {
        let id = base + "-service"
        service.append([
            "id": id, "organization_id": organizationID, "name": labelled(record.name, record),
            "description": labelled(ExportSelection.sourceText(record.description) ?? "", record),
            "url": record.website ?? "", "email": record.email ?? "", "status": "active",
            "application_process": ExportSelection.sourceText(record.requirements) ?? "",
            "fees_description": record.cost ?? "", "eligibility_description": record.populations.joined(separator: ", "),
            "assured_date": record.lastVerified.description,
            "alert": record.example ? "Registro de ejemplo: no es real. Sample record: not real." : "",
        ])
        return id
    }

    /// Whether the record says where it is.
    static func hasPlace(_ record: DirectoryRecord) -> Bool {
        record.coordinates != nil || record.city != nil || record.address != nil || record.state != nil
    }

    /// The location row, and its address row when the record has a street address or a city.
    mutating func addLocation(_ record: DirectoryRecord, base: String, organizationID: String) -> String {
        let id = base + "-location"
        location.append([
            "id": id, "location_type": "physical", "organization_id": organizationID, "name": labelled(record.name, record),
            "description": record.example ? Self.exampleMarker : "",
            "latitude": record.coordinates.map { String($0.lat) } ?? "", "longitude": record.coordinates.map { String($0.lon) } ?? "",
        ])
        if record.address != nil || record.city != nil {
            // HSDS requires a postal code, which records do not have; the column stays empty.
            address.append([
                "id": base + "-address", "location_id": id, "address_1": record.address ?? "", "city": record.city ?? "",
                "state_province": record.state?.name ?? "", "country": "MX", "address_type": "physical",
            ])
        }
        return id
    }

    /// `text`, prefixed with the example marker for a sample record.
    func labelled(_ text: String, _ record: DirectoryRecord) -> String {
        guard record.example else { return text }
        return text.isEmpty ? Self.exampleMarker : Self.exampleMarker + " " + text
    }
}
