extension HSDSPackageBuilder {
    /// Faro's two closed lists as HSDS taxonomies, every term listed whether used or not.
    static let taxonomies = [
        (id: "faro-services", name: "Faro services", description: "Services a shelter or organisation offers (Faro directory vocabulary).",
         term: "service", values: Vocabulary.services),
        (id: "faro-populations", name: "Faro populations", description: "Groups of people served (Faro directory vocabulary).",
         term: "population", values: Vocabulary.populations),
    ]

    /// The taxonomy and taxonomy term rows.
    mutating func addTaxonomies() {
        for list in Self.taxonomies {
            taxonomy.append(["id": list.id, "name": list.name, "description": list.description])
            for value in list.values {
                taxonomyTerm.append([
                    "id": "faro-" + list.term + "-" + value, "code": value, "name": value,
                    "description": list.name + ": " + value, "taxonomy_id": list.id,
                ])
            }
        }
    }

    /// An attribute row per service (`link_type` `service_type`) and per population (`audience`), linked to the
    /// record's service, or to its organisation row when it offers no service.
    mutating func addAttributes(_ record: DirectoryRecord, base: String, link: (id: String, entity: String)) {
        let pairs = record.services.map { ("service", "service_type", $0) } + record.populations.map { ("population", "audience", $0) }
        for (term, linkType, value) in pairs {
            attribute.append([
                "id": base + "-" + term + "-" + value, "link_id": link.id, "taxonomy_term_id": "faro-" + term + "-" + value,
                "link_type": linkType, "link_entity": link.entity,
            ])
        }
    }
}
