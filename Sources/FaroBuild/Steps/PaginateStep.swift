import FaroContent
import FaroCore
import FaroI18n

/// Splits long section listings over several pages (`/es/guias/pagina/2/`) so each stays inside the
/// page budget; the section's own text shows on its first page only.
struct PaginateStep: BuildStep {
    let name = "split long listings"
    /// Entries per listing page: about 60 bytes each gzipped, so a page of them stays far under 14 KB.
    static let size = 50

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let (_, strings) = try context.requireTheme()
        var updated = content.pages
        var added: [Page] = []
        for (index, page) in content.pages.enumerated() where page.kind == .section || page.kind == .home {
            let entries = content.children(of: page).count
            guard entries > Self.size else { continue }
            let count = (entries + Self.size - 1) / Self.size
            updated[index].pagination = Pagination(number: 1, count: count, sectionKey: page.translationKey, size: Self.size)
            let segment = Slug.make(strings.strings(for: page.language)["slug_page"] ?? "page")
            for number in 2...count {
                var next = page
                next.translationKey = page.translationKey + "/page-\(number)"
                next.parentKey = page.translationKey
                next.route = page.route.appending(segment.isEmpty ? "page" : segment).appending(String(number))
                next.body = ""
                next.frontMatter.aliases = []
                next.isGenerated = true
                next.pagination = Pagination(number: number, count: count, sectionKey: page.translationKey, size: Self.size)
                added.append(next)
            }
        }
        guard !added.isEmpty else { return }
        let paginated = SiteContent(config: content.config, pages: updated + added, staticFiles: content.staticFiles)
        paginated.urlConflicts().forEach(context.log.report)
        context.content = paginated
    }
}
