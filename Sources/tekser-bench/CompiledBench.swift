import Foundation
import TekserCore

/// The targets of the compiled data file, on the largest data folder, in one run beside
/// `grep -F` and DuckDB on the same files: build, cold check, first frame, find, swap,
/// shared pages, and lookups from the smallest size to the largest.
enum CompiledBench {
    static let runs = 5

    static func run(_ folders: BenchFolders, lookupsOnly: Bool) throws {
        guard FileManager.default.isExecutableFile(atPath: ColdStart.tekser.path), let rows = folders.sizes.last,
              let licensed = folders.manifest.sources.first(where: { $0.kind == .licensed }) else {
            print("\nCompiled data: skipped, no \(ColdStart.tekser.path) (scripts/bench builds it)")
            return
        }
        if lookupsOnly { return try lookups(folders, licensed) }
        let folder = folders.folder(rows: rows)
        let sources = folders.manifest.sources.map { ($0, folders.file(of: $0, rows: rows)) }
        print("\nCompiled data file, \(Figures.rows(rows)) rows per source (\(sources.count) sources, "
              + "\(Figures.megabytes(sources.reduce(0) { $0 + folders.fileBytes(of: $1.0, rows: rows) })) of CSV)")
        try build(folder, sources)
        let data = try CompiledData().open(directory: folder)
        let file = data.compiledURL.flatMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int } ?? 0
        let probes = try Probes(file: folders.file(of: licensed, rows: rows), source: licensed, count: 10_000)
        try coldCheck(folder, sources, number: probes.hits[0])
        let name = data.sources[0].evidence(row: data.sources[0].rowCount / 2)?.details.name(in: .ru) ?? "Демо"
        try firstFrame(folder, name: name)
        try swap(folder, fileBytes: file)
        try sharing(folder)
        try lookups(folders, licensed)
        try SQLiteComparison.run(data, probes: probes)
    }

    private static func build(_ folder: URL, _ sources: [(SourceDescription, URL)]) throws {
        let built = try Child(ColdStart.tekser.path, ["data", "build", "--data", folder.path], measuringMemory: true).finish()
        let file = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(".tekser-compiled").path))?
            .first { $0.hasSuffix(".tekser") }
            .flatMap { try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(".tekser-compiled/\($0)").path)[.size] as? Int } ?? 0
        var line = "  build (`tekser data build`): \(Figures.seconds(built.seconds)), peak \(Figures.megabytes(built.peak)), file \(Figures.megabytes(file))"
        if DuckDB.isAvailable {
            let (load, write) = try floor(folder, fileBytes: file)
            let duck = try DuckDB.build(sources)
            line += "; DuckDB CREATE TABLE … AS SELECT * FROM read_csv(…) of the same files \(Figures.seconds(duck.seconds)) in memory → "
                + "tekser ÷ DuckDB \(Figures.ratio(built.seconds, duck.seconds)) (target ≤ 1×: \(built.seconds <= duck.seconds ? "met" : "MISSED")); "
                + "into a database file, checkpointed, \(Figures.seconds(duck.fileSeconds)) (file \(Figures.megabytes(duck.fileBytes))) → "
                + "\(Figures.ratio(built.seconds, duck.fileSeconds))"
            line += "\n  floor of a build, before any index: the CSV load alone (validating as `tekser data check`) \(Figures.seconds(load)) "
                + "+ writing and syncing \(Figures.megabytes(file)) \(Figures.seconds(write)) = \(Figures.seconds(load + write)) → "
                + "\(Figures.ratio(load + write, duck.seconds)) DuckDB in memory"
        }
        print(line)
    }

    /// What a build that validates as `tekser data check` does and writes a file of `fileBytes`
    /// spends before it makes any index: the CSV load alone, and writing and syncing that many
    /// bytes beside the data (the page cache's copy costs the same whatever the bytes are).
    private static func floor(_ folder: URL, fileBytes: Int) throws -> (load: Double, write: Double) {
        let load = try Stopwatch.time { _ = try DataSet.load(directory: folder) }.seconds
        let url = folder.appendingPathComponent(".tekser-bench-floor")
        defer { unlink(url.path) }
        let piece = [UInt8](repeating: 0x5A, count: 8 << 20)
        let write = try Stopwatch.time { () throws in
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw BenchError.write(errno, url.path) }
            defer { close(descriptor) }
            var left = fileBytes
            while left > 0 {
                let written = piece.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, min(left, $0.count)) }
                guard written > 0 else { throw BenchError.write(errno, url.path) }
                left -= written
            }
            guard fsync(descriptor) == 0 else { throw BenchError.write(errno, url.path) }
        }.seconds
        return (load, write)
    }

    private static func coldCheck(_ folder: URL, _ sources: [(SourceDescription, URL)], number: UInt64) throws {
        let digits = Probes.digits(number)
        _ = try Child(ColdStart.tekser.path, ["check", digits, "--data", folder.path]).finish()  // the page cache, as for grep
        let checks = try (0 ..< runs).map { _ in try Child(ColdStart.tekser.path, ["check", digits, "--data", folder.path], measuringMemory: true).finish() }
        let greps = try (0 ..< runs).map { _ in try Child("/usr/bin/grep", ["-F", digits] + sources.map(\.1.path), measuringMemory: true).finish() }
        let check = median(checks.map(\.seconds)), grep = median(greps.map(\.seconds)), peak = checks.map(\.peak).max() ?? 0
        print("  cold `tekser check BIN` (median of \(runs), each under /usr/bin/time): \(Figures.milliseconds(check)), peak \(Figures.megabytes(peak)); "
              + "`grep -F BIN` over the CSV files \(Figures.milliseconds(grep)), peak \(Figures.megabytes(greps.map(\.peak).max() ?? 0)) → \(Figures.ratio(check, grep)) "
              + "(target ≤ 0.2×: \(check <= 0.2 * grep ? "met" : "MISSED"); ≤ 64 MiB: \(peak <= 64 << 20 ? "met" : "MISSED"))")
    }

    private static func firstFrame(_ folder: URL, name: String) throws {
        func frame(_ data: String) throws -> Double {
            median(try (0 ..< runs).map { _ in
                let chat = try Child(ColdStart.tekser.path, ["chat", "--plain", "--no-watch", "--lang", "en", "--data", data])
                defer { chat.stop() }
                return chat.firstOutput()
            })
        }
        func find(_ data: String) throws -> Double {
            median(try (0 ..< runs).map { _ in try Child(ColdStart.tekser.path, ["find", "--data", data, name]).finish().seconds })
        }
        let shipped = try frame("data"), large = try frame(folder.path)
        print("  first chat frame (`tekser chat --plain`, first byte of output, median of \(runs)): \(Figures.milliseconds(large)) "
              + "against \(Figures.milliseconds(shipped)) on the shipped data → \(Figures.ratio(large, shipped)) (target ≤ 3×: \(large <= 3 * shipped ? "met" : "MISSED"))")
        let findShipped = try find("data"), findLarge = try find(folder.path)
        print("  cold `tekser find \(name)`: \(Figures.milliseconds(findLarge)) against \(Figures.milliseconds(findShipped)) on the shipped data "
              + "→ \(Figures.ratio(findLarge, findShipped)) (the name index is mapped, not built)")
    }

    /// A new version, already compiled, opened and put in place while another thread answers.
    private static func swap(_ folder: URL, fileBytes: Int) throws {
        let live = LiveData(try CompiledData().open(directory: folder))
        live.current.prepareSearches()
        Memory.resetPeak()
        let before = Memory.resident()
        let seconds = try Stopwatch.time {
            let next = try CompiledData().open(directory: folder)
            next.prepareSearches()
            live.swap(to: next, at: Date())
        }.seconds
        let peak = Memory.peak()
        print("  live swap of a compiled version (open, verify names and links, swap): \(Figures.milliseconds(seconds)) (target ≤ 100 ms: "
              + "\(seconds <= 0.1 ? "met" : "MISSED")); process memory at its peak \(Figures.megabytes(peak)) (\(Figures.megabytes(before)) before) "
              + "= \(Figures.ratio(peak, fileBytes)) the file (target ≤ 1.2×: \(Double(peak) <= 1.2 * Double(fileBytes) ? "met" : "MISSED"))")
    }

    /// Three chats on the same data, each warmed (names and links verified), share the file's pages.
    private static func sharing(_ folder: URL) throws {
        let chats = try (0 ..< 3).map { _ in try Child(ColdStart.tekser.path, ["chat", "--plain", "--no-watch", "--lang", "en", "--data", folder.path]) }
        defer { chats.forEach { $0.stop() } }
        chats.forEach { _ = $0.firstOutput() }
        Thread.sleep(forTimeInterval: 3)
        let memory = chats.map { $0.memory() }
        let privateTotal = memory.reduce(0) { $0 + $1.privateBytes }
        print("  three chats: resident \(memory.map { Figures.megabytes($0.resident) }.joined(separator: ", ")), private "
              + "\(memory.map { Figures.megabytes($0.privateBytes) }.joined(separator: ", ")); private together \(Figures.megabytes(privateTotal)) "
              + "= \(Figures.ratio(privateTotal, memory[0].resident)) one's resident (target ≤ 1.5×: \(Double(privateTotal) <= 1.5 * Double(memory[0].resident) ? "met" : "MISSED"))")
    }

    /// Per size: a hit with its full evidence, a miss, over all four sources; each timed twice,
    /// since the first pass also faults the mapped pages in (the CSV path has them in memory).
    private static func lookups(_ folders: BenchFolders, _ licensed: SourceDescription) throws {
        print("  lookups on the compiled data (licensed BINs as probes; first pass / second pass):")
        for rows in folders.sizes {
            let data = try CompiledData().open(directory: folders.folder(rows: rows))
            let probes = try Probes(file: folders.file(of: licensed, rows: rows), source: licensed, count: 10_000)
            let misses = Array(repeating: probes.misses, count: 10).flatMap { $0 }
            var fields = 0, found = 0
            func hit() -> Double {
                Stopwatch.time { for number in probes.hits { fields += data.evidence(for: number).count } }.seconds / Double(probes.hits.count)
            }
            func miss(_ sources: [RegistrySource]) -> Double {
                Stopwatch.time { for number in misses where sources.contains(where: { $0.contains(number) }) { found += 1 } }.seconds / Double(misses.count)
            }
            let hits = (hit(), hit()), all = (miss(data.sources), miss(data.sources)), one = (miss([data.sources[0]]), miss([data.sources[0]]))
            func pair(_ values: (Double, Double), limit: Double) -> String {
                "\(Figures.microseconds(values.0)) / \(Figures.microseconds(values.1)) (≤ \(Int(limit * 1e6)) µs: \(values.1 <= limit ? "met" : "MISSED"))"
            }
            print("    \(Figures.rows(rows)) rows: hit with full evidence \(pair(hits, limit: 20e-6)); miss in all four sources "
                  + "\(pair(all, limit: 1e-6)); miss in the licensed register \(pair(one, limit: 1e-6)) [\(fields) rows, \(found) misses found]")
        }
    }

    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}
