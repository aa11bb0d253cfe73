import Foundation
import TekserCore

/// One source at one size: what loading it costs and how fast it answers.
struct GrowthFigures {
    let source: SourceDescription
    let rows: Int
    let fileBytes: Int
    let report: LoadReport
    let load: Double
    let resident: Int
    let peak: Int
    /// Seconds per BIN for the full answer (`DataSet.evidence(for:)`).
    let hit: Double
    let miss: Double
    let swap: SwapFigures
    let probes: Probes
}

/// Every source at every size, then how each figure grows from one size to the next.
enum GrowthBench {
    static let probeCount = 10_000

    static func run(_ folders: BenchFolders) throws -> [GrowthFigures] {
        var all: [GrowthFigures] = []
        let widths = [10, 9, 8, 16, 16, 10, 10, 22]
        for source in folders.manifest.sources {
            print("\n\(source.id) (\(source.kind.rawValue), \(source.encoding?.rawValue ?? "detected"), “\(UnicodeScalar(source.delimiter ?? 44))”)")
            print(Figures.row(["rows", "file", "load", "resident", "peak", "hit", "miss", "swap (old answers)"], widths: widths))
            for rows in folders.sizes {
                let figures = try measure(source, rows: rows, folders: folders)
                all.append(figures)
                print(Figures.row([
                    Figures.rows(rows), Figures.megabytes(figures.fileBytes), Figures.seconds(figures.load),
                    "\(Figures.megabytes(figures.resident)) \(Figures.ratio(figures.resident, figures.fileBytes))",
                    "\(Figures.megabytes(figures.peak)) \(Figures.ratio(figures.peak, figures.fileBytes))",
                    Figures.microseconds(figures.hit), Figures.microseconds(figures.miss),
                    "\(Figures.seconds(figures.swap.seconds)) (\(figures.swap.lookupsDuring.formatted()))",
                ], widths: widths))
                if figures.report.loaded != figures.report.rowsRead {
                    print("  ! \(figures.report.rowsRead) rows read, \(figures.report.loaded) loaded")
                }
            }
        }
        printGrowth(all, sizes: folders.sizes)
        try printWholeSwaps(folders, probes: all)
        return all
    }

    private static func measure(_ source: SourceDescription, rows: Int, folders: BenchFolders) throws -> GrowthFigures {
        let folder = folders.folder(of: source, rows: rows)
        let probes = try Probes(file: folders.file(of: source, rows: rows), source: source, count: probeCount)
        let loaded = try Memory.growth { try Stopwatch.time { try DataSet.load(directory: folder) } }
        let data = loaded.value.value
        let hit = lookupSeconds(data, probes.hits)
        let miss = lookupSeconds(data, probes.misses)
        let swap = try SwapBench.measure(folder: folder, probes: probes.hits)
        return GrowthFigures(source: source, rows: rows, fileBytes: folders.fileBytes(of: source, rows: rows),
                             report: data.reports[0], load: loaded.value.seconds, resident: loaded.resident,
                             peak: loaded.peak, hit: hit, miss: miss, swap: swap, probes: probes)
    }

    /// Seconds per identifier for the whole answer: the matching rows turned into evidence.
    static func lookupSeconds(_ data: DataSet, _ numbers: [UInt64]) -> Double {
        guard !numbers.isEmpty else { return 0 }
        var fields = 0
        let seconds = Stopwatch.time { for number in numbers { fields += data.evidence(for: number).count } }.seconds
        precondition(fields >= 0)
        return seconds / Double(numbers.count)
    }

    /// Each figure at one size over the same figure at the size before: ~10× is linear, ~1× flat.
    private static func printGrowth(_ all: [GrowthFigures], sizes: [Int]) {
        let steps = zip(sizes, sizes.dropFirst()).map { "\(short($0))→\(short($1))" }.joined(separator: ", ")
        print("\nGrowth from one size to the next (\(steps)): load, memory and swap should grow like the rows (linear), lookups stay flat (~1×)")
        let widths = [16, 16, 16, 16, 16, 16, 16]
        print(Figures.row(["source", "load", "resident", "peak", "hit", "miss", "swap"], widths: widths))
        for source in Set(all.map(\.source.id)).sorted() {
            let series = all.filter { $0.source.id == source }.sorted { $0.rows < $1.rows }
            func growth(_ value: (GrowthFigures) -> Double) -> String {
                zip(series, series.dropFirst()).map { Figures.ratio(value($1), value($0)) }.joined(separator: " ")
            }
            print(Figures.row([source, growth(\.load), growth { Double($0.resident) }, growth { Double($0.peak) },
                               growth(\.hit), growth(\.miss), growth(\.swap.seconds)], widths: widths))
        }
    }

    private static func printWholeSwaps(_ folders: BenchFolders, probes all: [GrowthFigures]) throws {
        print("\nSwap of the whole data set (all four sources, DataSet.load + replace under a lock), the old set answering meanwhile:")
        let widths = [10, 10, 10, 16, 18]
        print(Figures.row(["rows", "files", "swap", "peak", "lookups meanwhile"], widths: widths))
        for rows in folders.sizes {
            let bytes = folders.manifest.sources.reduce(0) { $0 + folders.fileBytes(of: $1, rows: rows) }
            let probes = all.filter { $0.rows == rows }.flatMap(\.probes.hits)
            let swap = try SwapBench.measure(folder: folders.folder(rows: rows), probes: probes)
            print(Figures.row([Figures.rows(rows), Figures.megabytes(bytes), Figures.seconds(swap.seconds),
                               "\(Figures.megabytes(swap.peak)) \(Figures.ratio(swap.peak, bytes))",
                               swap.lookupsDuring.formatted()], widths: widths))
        }
    }

    static func short(_ rows: Int) -> String {
        rows >= 1_000_000 && rows % 1_000_000 == 0 ? "\(rows / 1_000_000)M" : rows >= 1000 && rows % 1000 == 0 ? "\(rows / 1000)k" : "\(rows)"
    }
}
