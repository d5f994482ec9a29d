// swift-tools-version:6.0
// libFuzzer targets for Faro's readers of hand-written input. A package of its own, so the main build and
// its tests never see the fuzzer flags; it uses the main package by path. Build and run with Scripts/fuzz.sh.
import PackageDescription

/// Each target exports `LLVMFuzzerTestOneInput`, and `<Target>_main`, the entry point SwiftPM gives an
/// executable on Linux (it links `main` to it), which hands over to libFuzzer's driver.
func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["CFuzzerDriver", .product(name: "FaroBuild", package: "Faro")],
                      swiftSettings: [.unsafeFlags(["-parse-as-library"])])
}

let package = Package(
    name: "FaroFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Faro", path: "..")],
    targets: [.target(name: "CFuzzerDriver")] + ["FuzzFrontMatter", "FuzzRecord", "FuzzCSVImport", "FuzzSlug"].map(fuzzTarget)
)
