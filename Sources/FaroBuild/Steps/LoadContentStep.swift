import FaroContent

/// Reads `site.yaml` and every page.
struct LoadContentStep: BuildStep {
    let name = "load content"

    func run(_ context: inout BuildContext) async throws {
        let options = context.options
        let loader = ContentLoader(contentURL: options.content, displayRoot: options.displayPath(options.content),
                                   includeDrafts: options.includeDrafts)
        context.content = try loader.load()
    }
}
