/// The HSDS 3.x tables Faro fills, with the fields it fills, named and typed as in Open Referral's
/// schema files (`openreferral/specification`, `schema/*.json`, branch 3.2; types from their
/// `datapackage_type`, file names from their `path`). Only fields Faro has data for are listed.
///
/// Left out: `service_capacity`, because HSDS requires its `available` (places free now, with an update
/// time) and records hold only total capacity; writing capacity there would tell people beds are free.
enum HSDSSchema {
    typealias Field = HSDSTable.Field
    typealias Key = HSDSTable.ForeignKey

    /// A text field.
    static func string(_ name: String) -> Field { Field(name: name, type: "string") }

    /// Every table, empty, in the order `datapackage.json` lists them.
    static var tables: [HSDSTable] {
        [organization, service, location, serviceAtLocation, address, phone, schedule, language, taxonomy, taxonomyTerm, attribute]
    }

    /// Who runs services: organisation records, and shelters that name none.
    static var organization: HSDSTable {
        HSDSTable(name: "organization", path: "organizations.csv",
                  fields: ["id", "name", "description", "email", "website"].map(string))
    }

    /// What people can get: every shelter, and organisations that list services.
    static var service: HSDSTable {
        HSDSTable(name: "service", path: "services.csv", fields: [
            string("id"), string("organization_id"), string("name"), string("description"), string("url"), string("email"),
            Field(name: "status", type: "string", allowed: ["active", "inactive", "defunct", "temporarily closed"]),
            string("application_process"), string("fees_description"), string("eligibility_description"),
            Field(name: "assured_date", type: "date"), string("alert"),
        ], foreignKeys: [Key(field: "organization_id", resource: "organization")])
    }

    /// Where a record is.
    static var location: HSDSTable {
        HSDSTable(name: "location", path: "locations.csv", fields: [
            string("id"), Field(name: "location_type", type: "string", allowed: ["physical", "postal", "virtual"]),
            string("organization_id"), string("name"), string("description"),
            Field(name: "latitude", type: "number"), Field(name: "longitude", type: "number"),
        ], foreignKeys: [Key(field: "organization_id", resource: "organization")])
    }

    /// Which service is offered where.
    static var serviceAtLocation: HSDSTable {
        HSDSTable(name: "service_at_location", path: "service_at_location.csv",
                  fields: ["id", "service_id", "location_id"].map(string),
                  foreignKeys: [Key(field: "service_id", resource: "service"), Key(field: "location_id", resource: "location")])
    }

    /// A location's street address.
    static var address: HSDSTable {
        HSDSTable(name: "address", path: "addresses.csv", fields: [
            string("id"), string("location_id"), string("address_1"), string("city"), string("state_province"),
            string("postal_code"), string("country"),
            Field(name: "address_type", type: "string", allowed: ["physical", "postal", "virtual"]),
        ], foreignKeys: [Key(field: "location_id", resource: "location")])
    }

    /// Phone numbers, E.164.
    static var phone: HSDSTable {
        HSDSTable(name: "phone", path: "phones.csv",
                  fields: ["id", "location_id", "service_id", "organization_id", "number", "type", "description"].map(string),
                  foreignKeys: [Key(field: "location_id", resource: "location"), Key(field: "service_id", resource: "service"),
                                Key(field: "organization_id", resource: "organization")])
    }

    /// Weekly opening times.
    static var schedule: HSDSTable {
        HSDSTable(name: "schedule", path: "schedules.csv", fields: [
            string("id"), string("service_id"), string("location_id"),
            Field(name: "freq", type: "string", allowed: ["WEEKLY", "MONTHLY"]), string("byday"),
            Field(name: "opens_at", type: "time", format: "%H:%M"), Field(name: "closes_at", type: "time", format: "%H:%M"),
            string("description"),
        ], foreignKeys: [Key(field: "service_id", resource: "service"), Key(field: "location_id", resource: "location")])
    }

    /// Languages spoken.
    static var language: HSDSTable {
        HSDSTable(name: "language", path: "languages.csv", fields: ["id", "service_id", "location_id", "name", "code"].map(string),
                  foreignKeys: [Key(field: "service_id", resource: "service"), Key(field: "location_id", resource: "location")])
    }

    /// Faro's closed lists of services and populations.
    static var taxonomy: HSDSTable {
        HSDSTable(name: "taxonomy", path: "taxonomies.csv", fields: ["id", "name", "description"].map(string))
    }

    /// One value of a closed list.
    static var taxonomyTerm: HSDSTable {
        HSDSTable(name: "taxonomy_term", path: "taxonomy_terms.csv",
                  fields: ["id", "code", "name", "description", "taxonomy_id"].map(string),
                  foreignKeys: [Key(field: "taxonomy_id", resource: "taxonomy")])
    }

    /// `link_id` points at a service or an organisation (named by `link_entity`), so it has no foreign key.
    static var attribute: HSDSTable {
        HSDSTable(name: "attribute", path: "attributes.csv",
                  fields: ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity"].map(string),
                  foreignKeys: [Key(field: "taxonomy_term_id", resource: "taxonomy_term")])
    }
}
