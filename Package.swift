// swift-tools-version:6.0
// Faro: a static site generator for a multilingual, low-bandwidth information portal.
// Dependencies point one way: FaroCore ← FaroYAML/FaroMarkdown ← FaroI18n ← FaroContent/FaroTheme ← FaroBuild ← faro.
import PackageDescription

let package = Package(
    name: "Faro",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "faro", targets: ["faro"]),
        .library(name: "FaroBuild", targets: ["FaroBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CBrotli", pkgConfig: "libbrotlienc", providers: [.apt(["libbrotli-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CMimalloc", providers: [.apt(["libmimalloc-dev"])]),
        .systemLibrary(name: "CIsal", pkgConfig: "libisal", providers: [.apt(["libisal-dev"])]),
        .target(name: "FaroCore"),
        .target(name: "FaroPrint", dependencies: ["CQRencode", "FaroCore"]),
        .target(name: "FaroCompression", dependencies: ["CZlib", "CBrotli", "CIsal"]),
        .target(name: "FaroYAML", dependencies: ["FaroCore", "Yams"]),
        .target(name: "FaroMarkdown", dependencies: ["CCmarkGFM", "FaroCore"]),
        .target(name: "FaroI18n", dependencies: ["FaroCore", "FaroYAML"]),
        .target(name: "FaroContent", dependencies: ["FaroCore", "FaroYAML", "FaroMarkdown", "FaroI18n", "Yams"]),
        .target(name: "FaroDirectory", dependencies: ["FaroCore", "FaroYAML"]),
        .target(name: "FaroTheme", dependencies: ["FaroCore", "FaroI18n"]),
        .target(name: "FaroBuild", dependencies: ["FaroCore", "FaroMarkdown", "FaroI18n", "FaroContent", "FaroDirectory", "FaroTheme", "FaroCompression", "FaroPrint"]),
        .target(name: "FaroScaffold", dependencies: ["FaroCore", "FaroDirectory"]),
        .target(name: "FaroServer", dependencies: ["FaroBuild", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(name: "faro", dependencies: ["FaroBuild", "FaroServer", "FaroScaffold", "CMimalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        .target(name: "FaroTestSupport", dependencies: ["FaroCore"], path: "Sources/FaroTestSupport"),

        .testTarget(name: "FaroCoreTests", dependencies: ["FaroCore", "FaroTestSupport"]),
        .testTarget(name: "FaroYAMLTests", dependencies: ["FaroYAML", "FaroTestSupport"]),
        .testTarget(name: "FaroMarkdownTests", dependencies: ["FaroMarkdown"]),
        .testTarget(name: "FaroContentTests", dependencies: ["FaroContent", "FaroTestSupport"]),
        .testTarget(name: "FaroPrintTests", dependencies: ["FaroPrint", "FaroTestSupport"]),
        .testTarget(name: "FaroCompressionTests", dependencies: ["FaroCompression", "CZlib", "FaroTestSupport"]),
        .testTarget(name: "FaroDirectoryTests", dependencies: ["FaroDirectory", "FaroTestSupport"]),
        .testTarget(name: "FaroThemeTests", dependencies: ["FaroTheme", "FaroTestSupport"]),
        .testTarget(name: "FaroBuildTests", dependencies: ["FaroBuild", "FaroTestSupport"]),
        .testTarget(name: "FaroCLITests", dependencies: ["faro"]),
        .testTarget(name: "FaroServerTests", dependencies: ["FaroServer", "FaroTestSupport"]),
        .testTarget(name: "FaroScaffoldTests", dependencies: ["FaroScaffold", "FaroBuild", "FaroTestSupport"]),
    ]
)
