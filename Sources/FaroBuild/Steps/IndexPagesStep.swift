/// Adds the A–Z and topic index pages of every language (search without JavaScript).
struct IndexPagesStep: BuildStep {
    let name = "place index pages"

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let (_, strings) = try context.requireTheme()
        let index = SiteIndex(content: content, strings: strings)
        let extended = content.adding(index.pages)
        extended.urlConflicts().forEach(context.log.report)
        context.content = extended
        context.siteIndex = index
    }
}
