/// Finds the known key or value a typo most likely meant (`titel` → `title`).
public enum KeySuggestion {
    /// The closest candidate within `maxDistance` edits, if any.
    public static func closest(to key: String, among candidates: [String], maxDistance: Int = 2) -> String? {
        let key = key.lowercased()
        let length = key.count
        // The distance is at least the difference in length: skipping those keeps a huge value from costing
        // a full comparison with every candidate.
        let near = candidates.filter { abs($0.count - length) <= maxDistance }
        let scored = near.map { ($0, distance(key, $0)) }.filter { $0.1 <= maxDistance }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
