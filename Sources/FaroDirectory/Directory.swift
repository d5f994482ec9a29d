import FaroCore

/// Every directory record, validated together (unique ids, known organisations), with the groupings listings need.
public struct Directory: Sendable {
    /// Records sorted by name, then id.
    public let records: [DirectoryRecord]
    private let byID: [String: Int]

    /// Indexes records.
    public init(records: [DirectoryRecord]) {
        self.records = records.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        var index: [String: Int] = [:]
        for (position, record) in self.records.enumerated() { index[record.category.rawValue + ":" + record.id] = position }
        byID = index
    }

    /// The shelters, by name.
    public var shelters: [DirectoryRecord] { records.filter { $0.category == .shelter } }
    /// The organisations, by name.
    public var organizations: [DirectoryRecord] { records.filter { $0.category == .organization } }

    /// A record by category and id.
    public func record(_ category: DirectoryRecord.Category, id: String) -> DirectoryRecord? {
        byID[category.rawValue + ":" + id].map { records[$0] }
    }

    /// The organisation that runs a shelter.
    public func organization(of record: DirectoryRecord) -> DirectoryRecord? {
        record.organization.flatMap { self.record(.organization, id: $0) }
    }

    /// The shelters an organisation runs.
    public func shelters(of organization: DirectoryRecord) -> [DirectoryRecord] {
        shelters.filter { $0.organization == organization.id }
    }

    /// States that have records, in alphabetical order, each with its cities in alphabetical order.
    public var places: [(state: MexicanState, cities: [String])] {
        var cities: [MexicanState: Set<String>] = [:]
        for record in records {
            guard let state = record.state else { continue }
            cities[state, default: []].insert(record.city ?? "")
        }
        return MexicanState.all.compactMap { state in
            cities[state].map { (state, $0.filter { !$0.isEmpty }.sorted { Slug.make($0) < Slug.make($1) }) }
        }
    }

    /// Records in a state (and city, when given).
    public func records(in state: MexicanState, city: String? = nil) -> [DirectoryRecord] {
        records.filter { $0.state == state && (city == nil || $0.city.map(Slug.make) == city.map(Slug.make)) }
    }
}
