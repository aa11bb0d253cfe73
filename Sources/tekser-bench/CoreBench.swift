import Foundation
import TekserCore

/// The core targets on the largest licensed register (issue "Core"): load under 1 s,
/// lookup under 1 µs, memory under 2× the file size.
enum CoreBench {
    static func run(_ folders: BenchFolders) throws {
        guard let licensed = folders.manifest.sources.first(where: { $0.kind == .licensed }),
              let rows = folders.sizes.last else { return }
        let fileBytes = folders.fileBytes(of: licensed, rows: rows)
        print("\nLicensed register: \(Figures.rows(rows)) rows, \(Figures.megabytes(fileBytes))")
        let loaded = try Memory.growth { try Stopwatch.time { try RegistrySource.load(licensed, directory: folders.folder(rows: rows)) } }
        let (source, loadSeconds) = loaded.value
        print("  load:    \(Figures.seconds(loadSeconds)), \(Figures.megabytes(Int(Double(fileBytes) / loadSeconds)))/s — \(source.report.loaded.formatted()) loaded, \(source.report.rejected) rejected (target < 1 s)")
        print("  memory:  +\(Figures.megabytes(loaded.resident)) resident after load = \(Figures.ratio(loaded.resident, fileBytes)) the file; peak +\(Figures.megabytes(loaded.peak)) = \(Figures.ratio(loaded.peak, fileBytes)) (target < 2×)")

        let probes = try Probes(file: folders.file(of: licensed, rows: rows), source: licensed, count: 100_000)
        for (name, keys) in [("hit", probes.hits), ("miss", probes.misses)] {
            let rounds = 10
            var found = 0
            let seconds = Stopwatch.time { for _ in 0..<rounds { for key in keys where source.contains(key) { found += 1 } } }.seconds
            print("  lookup (\(name)): \(Figures.microseconds(seconds / Double(rounds * keys.count))) per BIN, \(found / rounds) of \(keys.count) found (target < 1 µs)")
        }
        var fields = 0
        let seconds = Stopwatch.time {
            for key in probes.hits.prefix(10_000) { for row in source.rows(matching: key) { fields += source.evidence(row: row)?.fields.count ?? 0 } }
        }.seconds
        print("  lookup + evidence: \(Figures.microseconds(seconds / 10_000)) per BIN (\(fields) fields read)")
    }
}
