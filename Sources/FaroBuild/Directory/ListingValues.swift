import FaroContent
import FaroCore
import FaroDirectory

/// A directory listing page as template values: its entries, links between its pages, and for the
/// directory's first page the ways in (states and cities, services, populations, A–Z, organisations).
struct ListingValues {
    let site: DirectorySite
    let content: SiteContent
    let page: Page

    func values(_ listing: DirectoryListing) -> [String: Any] {
        let records = RecordValues(site: site, language: page.language)
        var values: [String: Any] = [
            "entries": listing.records.map(records.summary),
            "has_entries": !listing.records.isEmpty,
            "page_number": listing.page, "page_count": listing.pageCount, "paginated": listing.pageCount > 1,
        ]
        if listing.page > 1 { values["previous_url"] = href(DirectoryListing.key(listing.firstKey, page: listing.page - 1)) }
        if listing.page < listing.pageCount { values["next_url"] = href(DirectoryListing.key(listing.firstKey, page: listing.page + 1)) }
        switch listing.subject {
        case .index:
            values["is_index"] = true
            values["states"] = site.directory.places.map { place -> [String: Any] in
                let key = "directory/state/\(place.state.slug)"
                return ["name": place.state.name, "url": href(key),
                        "cities": place.cities.map { ["name": $0, "url": href(key + "/" + Slug.make($0))] }]
            }
            values["services"] = links(under: "directory/service/")
            values["populations"] = links(under: "directory/population/")
            if !site.directory.organizations.isEmpty { values["organizations_url"] = href("directory/organizations") }
            values["az_url"] = href("directory/a-z")
            values["data"] = ["csv": content.config.basePath + "data/shelters.csv", "json": content.config.basePath + "data/directory.json",
                              "geojson": content.config.basePath + "data/shelters.geojson", "hsds": content.config.basePath + "data/hsds/datapackage.json",
                              "hxl": content.config.basePath + "data/shelters-hxl.csv"]
        case .state(let state):
            let cities = site.directory.places.first { $0.state == state }?.cities ?? []
            values["cities"] = cities.map { ["name": $0, "url": href("directory/state/\(state.slug)/" + Slug.make($0))] }
            values["has_cities"] = cities.count > 1
        default:
            break
        }
        return values
    }

    /// Links to the first pages of listings whose keys start with `prefix`, in listing order (by title).
    func links(under prefix: String) -> [[String: Any]] {
        content.children(of: page).filter { $0.translationKey.hasPrefix(prefix) }.map {
            ["name": $0.frontMatter.title, "url": content.config.href($0.route)]
        }
    }

    func href(_ key: String) -> String {
        guard let target = content.page(key: key, language: page.language) else { return "" }
        return content.config.href(target.route)
    }
}
