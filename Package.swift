// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tekser",
    products: [
        .executable(name: "tekser", targets: ["tekser"]),
        // Libraries for the fuzz targets in Fuzz/, which build against this package with sanitizers.
        .library(name: "TekserCore", targets: ["TekserCore"]),
        .library(name: "TekserBot", targets: ["TekserBot"]),
        .library(name: "TekserTUI", targets: ["TekserTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    ],
    targets: [
        /// ncursesw through pkg-config, with a shim for the macros Swift cannot see.
        .systemLibrary(
            name: "CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        /// Identifiers, CSV, manifest, registries, verdicts and message catalogs. No terminal code.
        .target(
            name: "TekserCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Catalog/Messages")]
        ),
        /// The conversation engine: (state, update) -> (state, [action]). No I/O.
        .target(name: "TekserBot", dependencies: ["TekserCore"]),
        /// Model / update / view over a cell grid; the ncurses edge is the only user of CNCurses.
        .target(name: "TekserTUI", dependencies: ["TekserBot", "TekserCore", "CNCurses"]),
        /// Persistence: the shift journal in SQLite (GRDB), keyed hashes of personal data.
        .target(
            name: "TekserStore",
            dependencies: [
                "TekserCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        /// The team's server: the journal on PostgreSQL (postgres-nio) and the local outbox that
        /// keeps inquiries while the server is away; published registry versions and their cache.
        .target(
            name: "TekserServer",
            dependencies: [
                "TekserCore", "TekserStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        /// The command line: one file per subcommand.
        .executableTarget(
            name: "tekser",
            dependencies: [
                "TekserCore", "TekserBot", "TekserTUI", "TekserStore", "TekserServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// The demo data set and large generated registries, reproducible from a seed.
        .target(name: "DemoData", dependencies: ["TekserCore"]),
        /// Regenerates the demo data set in data/ (run on demand).
        .executableTarget(name: "demo-data", dependencies: ["DemoData"]),
        /// Benchmarks printed as figures (run on demand, never in the test suite).
        .executableTarget(name: "tekser-bench", dependencies: [
            "TekserCore", "TekserBot", "TekserStore", "TekserServer", "DemoData", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        /// Small data sets written to temporary folders, shared by the test targets.
        .target(name: "TestSupport", dependencies: ["TekserCore"], path: "Tests/TestSupport"),
        .testTarget(name: "TekserCoreTests", dependencies: ["TekserCore", "TestSupport"]),
        .testTarget(name: "TekserBotTests", dependencies: ["TekserBot", "TekserCore", "TestSupport"]),
        .testTarget(name: "TekserTUITests", dependencies: ["TekserTUI", "TekserBot", "TekserCore", "TestSupport"]),
        .testTarget(name: "TekserStoreTests", dependencies: ["TekserStore", "TekserCore", "TestSupport"]),
        .testTarget(name: "TekserServerTests", dependencies: ["TekserServer", "TekserStore", "TekserCore", "TestSupport"]),
        .testTarget(name: "DemoDataTests", dependencies: ["DemoData", "TekserCore", "TestSupport"]),
        .testTarget(name: "TekserEndToEndTests", dependencies: ["TekserCore", "TestSupport"]),
    ]
)
