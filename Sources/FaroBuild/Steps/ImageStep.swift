import FaroContent
import FaroCore
import Foundation

/// Images beside pages: measured (for `width`/`height` on `<img>`) and, when wider than a phone needs,
/// scaled down and recompressed with ImageMagick (cached by content), so a photo never costs more data
/// than the page it illustrates. Without ImageMagick the originals are copied and a warning says so.
struct ImageStep: BuildStep {
    let name = "prepare images"
    /// Wide enough for any phone screen, small enough for prepaid data.
    static let maxWidth = 800
    static let extensions = [".png", ".jpg", ".jpeg", ".gif", ".webp"]

    func run(_ context: inout BuildContext) async throws {
        let content = try context.requireContent()
        let options = context.options
        let images = content.staticFiles.filter { file in Self.extensions.contains { file.target.lowercased().hasSuffix($0) } }
        guard !images.isEmpty else { return }
        let resizer = ImageResizer.find()
        let cache = (options.cacheFolder ?? options.content.deletingLastPathComponent().appendingPathComponent(".faro-cache"))
            .appendingPathComponent("img")
        var warned = false
        for image in images {
            guard let data = try? Data(contentsOf: image.source), let size = ImageSize(data) else { continue }
            var shown = size
            if size.width > Self.maxWidth {
                if let resizer, let resized = await resizer.resize(image.source, data: data, to: Self.maxWidth, cache: cache) {
                    context.imageReplacements[image.source.path] = resized
                    shown = size.fitting(width: Self.maxWidth)
                } else if resizer == nil && !warned && options.writesOutput {
                    warned = true
                    context.log.warning(ImageProblem.resizerMissing, at: SourceLocation(file: options.displayPath(image.source), line: 0, column: 0))
                }
            }
            context.imageSizes[content.config.basePath + image.target] = shown
        }
    }
}

/// Problems with images.
public enum ImageProblem: FaroProblem, Equatable {
    /// ImageMagick is not installed: large images were copied without being scaled down.
    case resizerMissing

    public var description: String {
        "large images were published at full size: install ImageMagick to scale them down (sudo apt-get install imagemagick)"
    }
}

/// Scales images down with ImageMagick's `convert`, run as an external program.
struct ImageResizer: Sendable {
    let program: ExternalProgram

    /// ImageMagick's `convert` from the standard system folders (a `convert` elsewhere may be another program).
    static func find() -> ImageResizer? {
        ExternalProgram.find("convert", in: ["/usr/bin", "/bin"]).map(ImageResizer.init(program:))
    }

    /// The scaled copy in the cache (made once per image content), or nil when ImageMagick fails.
    func resize(_ source: URL, data: Data, to width: Int, cache: URL) async -> URL? {
        let name = ContentHash.of(data.base64EncodedString()) + "-\(width)-" + source.lastPathComponent
        let output = cache.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: output.path) { return output }
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        // -strip and no date chunks keep the output the same on every build.
        do {
            try await program.run([source.path, "-resize", "\(width)x>", "-strip", "-quality", "75",
                                   "-define", "png:exclude-chunks=date,time", output.path])
        } catch {
            return nil
        }
        return FileManager.default.fileExists(atPath: output.path) ? output : nil
    }
}
