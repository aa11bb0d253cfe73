import Foundation
import TekserCore

/// Tekser next to DuckDB on the same files: in-process load and lookup, then cold starts of
/// `tekser check BIN` against a fresh python3 + DuckDB process answering the same query.
enum DuckDBComparison {
    static let probeCount = 100
    static let coldRuns = 3

    static func run(_ folders: BenchFolders, tekser growth: [GrowthFigures]) throws {
        guard DuckDB.isAvailable else {
            print("\nDuckDB comparison skipped: python3 cannot import duckdb (scripts/bench installs it with pip).")
            return
        }
        var version = ""
        let widths = [16, 10, 11, 11, 8, 12, 12, 8, 12, 12, 10]
        var licensedLoad: (tekser: Double, duckdb: Double)?
        var lines: [String] = []
        for figures in growth {
            let file = folders.file(of: figures.source, rows: figures.rows)
            let duck = try DuckDB.time(figures.source, file: file, hits: Array(figures.probes.hits.prefix(probeCount)),
                                       misses: Array(figures.probes.misses.prefix(probeCount)))
            version = duck.version
            if figures.source.kind == .licensed && figures.rows == folders.sizes.last { licensedLoad = (figures.load, duck.load) }
            let transcoded = duck.transcode > 0.0005 ? " (\(Figures.seconds(duck.transcode)) to UTF-8)" : ""
            lines.append(Figures.row([
                figures.source.id, Figures.rows(figures.rows),
                Figures.seconds(figures.load), Figures.seconds(duck.load), Figures.ratio(duck.load, figures.load),
                Figures.microseconds(figures.hit), Figures.microseconds(duck.hit), Figures.ratio(duck.hit, figures.hit),
                Figures.microseconds(figures.miss), Figures.microseconds(duck.miss), Figures.ratio(duck.miss, figures.miss),
            ], widths: widths) + transcoded + (duck.rows == figures.report.loaded ? "" : " ! DuckDB read \(duck.rows) rows"))
        }
        print("\nDuckDB \(version) in one process, the same CSV files: load = read_csv into a table, lookup = SELECT * … WHERE id = ?")
        print("(ratio = DuckDB ÷ Tekser: above 1× Tekser is faster; cp1251 files are transcoded to UTF-8 by Python first, counted in DuckDB's load)")
        print(Figures.row(["source", "rows", "Tekser load", "DuckDB load", "ratio", "Tekser hit", "DuckDB hit", "ratio",
                           "Tekser miss", "DuckDB miss", "ratio"], widths: widths))
        lines.forEach { print($0) }
        if let licensedLoad {
            print("Target — Tekser loads the \(Figures.rows(folders.sizes.last!))-row licensed register faster than DuckDB's read_csv: "
                  + "\(Figures.seconds(licensedLoad.tekser)) vs \(Figures.seconds(licensedLoad.duckdb)) → \(licensedLoad.tekser < licensedLoad.duckdb ? "met" : "MISSED")")
        }
        try ColdStart.run(folders, growth: growth)
    }
}
