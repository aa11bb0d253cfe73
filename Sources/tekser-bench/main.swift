import DemoData
import Foundation
import TekserCore

// Benchmarks of the registry core, printed as figures. Run on demand:
//   swift run -c release tekser-bench [rows] [folder]
// rows defaults to 1,000,000; a folder keeps the generated file between runs (reused when present).
// Targets (issue "Core"): load under 1 s, lookup under 1 µs, memory under 2× the file size.

let rows = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000_000
let dataDirectory = URL(fileURLWithPath: "data", isDirectory: true)
let manifest = try Manifest.load(directory: dataDirectory)
let keep = CommandLine.arguments.dropFirst(2).first.map { URL(fileURLWithPath: $0, isDirectory: true) }
let scratch = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("tekser-bench-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { if keep == nil { try? FileManager.default.removeItem(at: scratch) } }

let licensed = manifest.sources.first { $0.kind == .licensed }!
let file = scratch.appendingPathComponent(licensed.file)
var started = Date()
if keep == nil || !FileManager.default.fileExists(atPath: file.path) {
    try RegisterGenerator(.licensed, seed: 42).write(rows: rows, to: file)
}
let fileBytes = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as! Int
print("Licensed register: \(rows.formatted()) rows, \(Figures.megabytes(fileBytes)) (generated in \(Figures.seconds(Date().timeIntervalSince(started))))")

Memory.resetPeak()
let residentBefore = Memory.resident()
started = Date()
let source = try RegistrySource.load(licensed, directory: scratch)
let loadSeconds = Date().timeIntervalSince(started)
let residentAfter = Memory.resident()
let peak = Memory.peak()
print("  load:    \(Figures.seconds(loadSeconds)), \(Figures.megabytes(Int(Double(fileBytes) / loadSeconds)))/s — \(source.report.loaded.formatted()) loaded, \(source.report.rejected) rejected (target < 1 s)")
print("  memory:  +\(Figures.megabytes(residentAfter - residentBefore)) resident after load = \(Figures.ratio(residentAfter - residentBefore, fileBytes)) the file; peak +\(Figures.megabytes(peak - residentBefore)) = \(Figures.ratio(peak - residentBefore, fileBytes)) (target < 2×)")

// Lookups: the BINs of the file itself (hits) and the same numbers shifted (mostly misses).
let document = CSVDocument.parse([UInt8](try Data(contentsOf: file)), encoding: .utf8, delimiter: UInt8(ascii: ","))
var keys: [UInt64] = []
var generator = SplitMix64(seed: 7)
for _ in 0..<100_000 {
    let record = 1 + Int(generator.next() % UInt64(document.recordCount - 1))
    let field = document.trimmed(document.field(0, ofRecord: record))
    keys.append(Identifier.number(fromASCII: document.bytes[field.range])!)
}
let misses = keys.map { $0 ^ 1 }
for (name, probe) in [("hit", keys), ("miss", misses)] {
    var found = 0
    let rounds = 10
    started = Date()
    for _ in 0..<rounds { for key in probe where source.contains(key) { found += 1 } }
    let perLookup = Date().timeIntervalSince(started) / Double(rounds * probe.count)
    print("  lookup (\(name)): \(Figures.microseconds(perLookup)) per BIN, \(found / rounds) of \(probe.count) found (target < 1 µs)")
}
started = Date()
var fields = 0
for key in keys.prefix(10_000) { for row in source.rows(matching: key) { fields += source.evidence(row: row).fields.count } }
print("  lookup + evidence: \(Figures.microseconds(Date().timeIntervalSince(started) / 10_000)) per BIN (\(fields) fields read)")

/// Formatting of the printed figures.
enum Figures {
    static func seconds(_ s: Double) -> String { String(format: "%.3f s", s) }
    static func microseconds(_ s: Double) -> String { String(format: "%.3f µs", s * 1e6) }
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
    static func ratio(_ a: Int, _ b: Int) -> String { String(format: "%.2f×", Double(a) / Double(b)) }
}

/// Resident memory of this process, from /proc/self/status.
enum Memory {
    static func resident() -> Int { field("VmRSS:") }
    static func peak() -> Int { field("VmHWM:") }

    /// Resets the peak (VmHWM) to the current resident size.
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .ascii)
    }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return 0 }
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
}
NameSearchBench.run()
