import FaroDirectory

/// The directory's open data under `data/` (CSV, JSON, GeoJSON, HSDS package, HXL), so other networks
/// can reuse it without asking. Sample records are left out unless `site.yaml` says `export_examples: true`.
struct DataExportStep: BuildStep {
    let name = "export open data"

    func run(_ context: inout BuildContext) async throws {
        guard let directory = context.directory, !directory.records.isEmpty else { return }
        let config = try context.requireContent().config
        for file in DirectoryExport.files(for: directory, baseURL: config.baseURL, includeExamples: config.exportExamples) {
            try context.writer?.write(file.data, to: file.path)
            context.report.otherFiles += 1
        }
    }
}
