import FaroCore

/// The site root (a plain list of languages, no JavaScript, no redirect guessing) and the 404 page.
struct SpecialPagesStep: BuildStep {
    let name = "write root and 404 pages"

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let (theme, strings) = try context.requireTheme()
        let renderer = PageRenderer(content: content, theme: theme, strings: strings)
        let language = content.config.defaultLanguage.code
        var root = renderer.commonContext(language: language)
        root["canonical"] = .string(content.config.baseURL)
        try context.writer?.write(try theme.render(root, template: "languages"), to: "index.html")
        var missing = renderer.commonContext(language: language)
        missing["canonical"] = .string(content.config.absoluteURL(Route(path: "/404.html")))
        try context.writer?.write(try theme.render(missing, template: "404"), to: "404.html")
        context.report.otherFiles += 2
    }
}

/// Redirect pages at every alias, pointing at the page that claims it (a link and a meta refresh; no script).
struct AliasesStep: BuildStep {
    let name = "write aliases"

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let (theme, strings) = try context.requireTheme()
        let renderer = PageRenderer(content: content, theme: theme, strings: strings)
        for page in content.pages {
            for alias in page.frontMatter.aliases {
                var values = renderer.commonContext(language: page.language)
                values["target"] = .string(content.config.href(page.route))
                values["canonical"] = .string(content.config.absoluteURL(page.route))
                values["title"] = .string(page.frontMatter.title)
                let route = Route(sitePath: alias)
                do {
                    try context.writer?.write(try theme.render(values, template: "alias"), to: route.outputFile)
                    context.report.otherFiles += 1
                } catch {
                    context.log.record(error, at: page.location, context: ["while writing alias \(alias)"])
                }
            }
        }
    }
}
