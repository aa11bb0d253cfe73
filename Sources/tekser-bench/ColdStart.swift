import Foundation
import TekserCore

/// `tekser check BIN --data <folder>` as a fresh process against a fresh python3 + DuckDB
/// process answering the same query from the CSV files, and where tekser's time goes.
enum ColdStart {
    /// The release `tekser` built beside this benchmark.
    static let tekser = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tekser")

    static func run(_ folders: BenchFolders, growth: [GrowthFigures]) throws {
        guard FileManager.default.isExecutableFile(atPath: tekser.path) else {
            print("\nCold starts skipped: no \(tekser.path) (swift build -c release --product tekser; scripts/bench does it)")
            return
        }
        guard let licensed = folders.manifest.sources.first(where: { $0.kind == .licensed }) else { return }
        print("\nCold start, median of \(DuckDBComparison.coldRuns) runs: `tekser check BIN --data <folder>` vs `python3 scripts/duckdb-bench.py query BIN <csv…>` (read_csv … WHERE id = ?)")
        let widths = [10, 22, 10, 10, 7]
        print(Figures.row(["rows", "registries", "tekser", "DuckDB", "ratio"], widths: widths))
        var largest: (tekser: Double, duckdb: Double)?
        for rows in folders.sizes {
            guard let number = growth.first(where: { $0.source.id == licensed.id && $0.rows == rows })?.probes.hits.first else { continue }
            let cases: [(String, URL, [SourceDescription])] = [
                ("licensed only", folders.folder(of: licensed, rows: rows), [licensed]),
                ("all four", folders.folder(rows: rows), folders.manifest.sources),
            ]
            for (name, folder, sources) in cases {
                let tekserSeconds = try median { try Subprocess.run(tekser.path, ["check", Probes.digits(number), "--data", folder.path]) }
                let query = try DuckDB.queryCommand(number, sources.map { ($0, folders.file(of: $0, rows: rows)) })
                let duckSeconds = try median { try Subprocess.run("/usr/bin/env", query) }
                if sources.count > 1 && rows == folders.sizes.last { largest = (tekserSeconds, duckSeconds) }
                print(Figures.row([Figures.rows(rows), name, Figures.seconds(tekserSeconds), Figures.seconds(duckSeconds),
                                   Figures.ratio(duckSeconds, tekserSeconds)], widths: widths))
            }
        }
        if let largest {
            print("Target — `tekser check BIN` from a cold start faster than DuckDB answering from the CSV files: "
                  + "\(Figures.seconds(largest.tekser)) vs \(Figures.seconds(largest.duckdb)) → \(largest.tekser < largest.duckdb ? "met" : "MISSED")")
        }
        if let rows = folders.sizes.last { try printBreakdown(folder: folders.folder(rows: rows), rows: rows) }
    }

    /// Process start (`tekser --help`), the message catalogs and the data load, timed apart.
    private static func printBreakdown(folder: URL, rows: Int) throws {
        let start = try median { try Subprocess.run(tekser.path, ["--help"]) }
        let catalogs = try Stopwatch.median(runs: DuckDBComparison.coldRuns) { _ = try Catalog.bundled() }
        let data = try Stopwatch.median(runs: DuckDBComparison.coldRuns) { _ = try DataSet.load(directory: folder) }
        print("Where tekser check's time goes (\(Figures.rows(rows)) rows, all four): process start and arguments \(Figures.seconds(start)), "
              + "message catalogs \(Figures.seconds(catalogs)), data set load \(Figures.seconds(data)) (in this process)")
    }

    /// The median wall time of a child process; a failing one is reported, not hidden.
    private static func median(_ body: () throws -> Int32) throws -> Double {
        try Stopwatch.median(runs: DuckDBComparison.coldRuns) {
            let status = try body()
            if status != 0 { print("  ! exit status \(status)") }
        }
    }
}
