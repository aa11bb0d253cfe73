import Foundation

// Benchmarks, printed as figures. Run on demand (scripts/bench builds everything and installs
// DuckDB for the comparison):
//   swift run -c release tekser-bench [rows] [folder]
// rows (default 1,000,000) is the largest size; registries of rows/100 and rows/10 are made too.
// A folder keeps the generated data folders between runs (reused when present).
// TEKSER_BENCH=core, registries (core, growth and DuckDB), compiled (the compiled data file's
// targets beside grep -F and DuckDB; lookups: only its lookups), names or server runs one part
// only; server (the team journal on PostgreSQL), published (registry versions on PostgreSQL) and
// fleet (heartbeats) run only when asked for.

let part = ProcessInfo.processInfo.environment["TEKSER_BENCH"]
if part == nil || part == "core" || part == "registries" {
    let folders = try BenchFolders.prepare(arguments: CommandLine.arguments)
    defer { folders.removeIfTemporary() }
    try CoreBench.run(folders)
    if part != "core" {
        let growth = try GrowthBench.run(folders)
        try DuckDBComparison.run(folders, tekser: growth)
    }
}
if part == nil || part == "compiled" || part == "lookups" {
    let folders = try BenchFolders.prepare(arguments: CommandLine.arguments)
    defer { folders.removeIfTemporary() }
    try CompiledBench.run(folders, lookupsOnly: part == "lookups")
}
if part == nil || part == "names" {
    NameSearchBench.run()
}
if part == "server" {
    try ServerBench.run()
}
if part == "fleet" {
    try FleetBench.run()
}
if part == "published" {
    let folders = try BenchFolders.prepare(arguments: CommandLine.arguments)
    defer { folders.removeIfTemporary() }
    try PublishBench.run(folders)
}
