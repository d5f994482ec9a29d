import FaroCore
import Foundation

/// Writes `.gz` and `.br` copies of every text file that no earlier step compressed (sitemap, copies, exports).
struct PrecompressStep: BuildStep {
    let name = "precompress text files"

    func run(_ context: inout BuildContext) async throws {
        guard let writer = context.writer, try context.requireContent().config.precompress, !context.options.preview else { return }
        let paths = writer.writtenPaths
        let compressed = Set(paths.filter { $0.hasSuffix(".gz") })
        for path in paths where OutputWriter.isCompressible(path) && !compressed.contains(path + ".gz") {
            let data = try Data(contentsOf: writer.root.appendingPathComponent(path))
            try writer.writeCompressedCopies(of: data, for: path)
        }
    }
}
