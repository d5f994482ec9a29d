import FaroCore

/// Pages that cost readers more than the site's budget.
public enum PageWeightProblem: FaroProblem, Equatable {
    /// A page's gzipped HTML is larger than `page_budget_kb` (one round trip is about 14 KB).
    case overBudget(path: String, bytes: Int, budget: Int)

    public var description: String {
        switch self {
        case .overBudget(let path, let bytes, let budget):
            return "page \(path) weighs \(Self.kilobytes(bytes)) KB gzipped, over the budget of \(Self.kilobytes(budget)) KB; shorten it or split it"
        }
    }

    static func kilobytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 512) / 1024
        return "\(tenths / 10).\(tenths % 10)"
    }
}
