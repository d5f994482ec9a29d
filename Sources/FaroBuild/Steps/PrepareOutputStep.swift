/// Puts back a site that a build killed mid-swap left parked, before anything else can fail.
struct RecoverOutputStep: BuildStep {
    let name = "recover output"

    func run(_ context: inout BuildContext) async throws {
        OutputFolder.recoverInterruptedSwap(of: context.options.output)
    }
}

/// Checks that the output folder may be replaced and opens an empty staging folder beside it.
struct PrepareOutputStep: BuildStep {
    let name = "prepare output"

    func run(_ context: inout BuildContext) async throws {
        let options = context.options
        var sources = [options.content]
        if let theme = context.theme { sources.append(theme.folder) }
        let folder = try OutputFolder(options.output, options: options, protecting: [options.workingDirectory], sourceTrees: sources)
        context.writer = OutputWriter(root: folder.staging)
        context.outputFolder = folder
    }
}

/// Swaps the finished site in for the previous one.
struct PublishStep: BuildStep {
    let name = "publish"

    func run(_ context: inout BuildContext) async throws {
        guard let folder = context.outputFolder else { throw BuildProblem.stepOrder("output folder is not prepared") }
        try folder.publish(removingPreviousInBackground: context.options.preview)
    }
}
