// swift-tools-version:6.0
import PackageDescription

// Fuzz targets, kept out of the main package because they only link with the libFuzzer runtime
// (scripts/fuzz passes it). The main package exports no library products, so the library
// targets are compiled here again from symlinks in Mirror/ to the same sources.

/// A fuzz target: Sources/<name>/main.swift on top of the shared harness.
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"] + dependencies)
}

let package = Package(
    name: "TekserFuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CNCurses", path: "Mirror/CNCurses", pkgConfig: "ncursesw"),
        .target(
            name: "TekserCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            path: "Mirror/TekserCore",
            resources: [.copy("Catalog/Messages")]
        ),
        .target(name: "TekserBot", dependencies: ["TekserCore"], path: "Mirror/TekserBot"),
        .target(name: "TekserTUI", dependencies: ["TekserBot", "TekserCore", "CNCurses"], path: "Mirror/TekserTUI"),
        /// The libFuzzer driver call, a reader that turns fuzz bytes into choices, the shipped bot.
        .target(name: "FuzzSupport", dependencies: ["TekserBot", "TekserCore"]),
        fuzzTarget("fuzz-csv", ["TekserCore"]),
        fuzzTarget("fuzz-identifier", ["TekserCore"]),
        fuzzTarget("fuzz-line-editor", ["TekserTUI", "TekserBot", "TekserCore"]),
        fuzzTarget("fuzz-conversation", ["TekserBot", "TekserCore"]),
    ]
)
