// swift-tools-version:6.0
import PackageDescription

// Fuzz targets, kept out of the main package because they only link with the libFuzzer runtime
// (scripts/fuzz passes it). They build against the main package's library products.

/// A fuzz target: Sources/<name>/main.swift on top of the shared harness.
func fuzzTarget(_ name: String, _ libraries: [String]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"] + libraries.map(tekser))
}

/// One of the main package's library products.
func tekser(_ library: String) -> Target.Dependency {
    .product(name: library, package: "Tekser")
}

let package = Package(
    name: "TekserFuzz",
    dependencies: [
        .package(name: "Tekser", path: ".."),
    ],
    targets: [
        /// The libFuzzer driver call, a reader that turns fuzz bytes into choices, the shipped bot.
        .target(name: "FuzzSupport", dependencies: [tekser("TekserBot"), tekser("TekserCore")]),
        fuzzTarget("fuzz-csv", ["TekserCore"]),
        fuzzTarget("fuzz-identifier", ["TekserCore"]),
        fuzzTarget("fuzz-link", ["TekserCore"]),
        fuzzTarget("fuzz-name-search", ["TekserCore"]),
        fuzzTarget("fuzz-line-editor", ["TekserTUI", "TekserBot", "TekserCore"]),
        fuzzTarget("fuzz-conversation", ["TekserBot", "TekserCore"]),
    ]
)
