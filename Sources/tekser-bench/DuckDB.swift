import Foundation
import TekserCore

/// Runs scripts/duckdb-bench.py: DuckDB reading the same CSV files and answering the same lookup.
struct DuckDB {
    static let script = URL(fileURLWithPath: "scripts/duckdb-bench.py")

    /// What DuckDB measured in one process: its load (`read_csv` into a table) and lookups.
    struct Timing: Decodable {
        let version: String
        let transcode: Double
        let load: Double
        let rows: Int
        let found: Int
        let hit: Double
        let miss: Double
    }

    /// Whether python3 can import duckdb; the comparison is skipped otherwise.
    static var isAvailable: Bool {
        (try? Subprocess.run("/usr/bin/env", ["python3", "-c", "import duckdb"])) == 0
    }

    /// The script's arguments for one source: file, delimiter, encoding, identifier column.
    static func arguments(_ source: SourceDescription, file: URL) throws -> [String] {
        guard let column = (source.columns[.bin] ?? source.columns[.id])?.first else { throw BenchError.noIdentifierColumn(source.file) }
        return [file.path, String(UnicodeScalar(source.delimiter ?? UInt8(ascii: ","))),
                (source.encoding ?? .utf8).rawValue, column]
    }

    static func time(_ source: SourceDescription, file: URL, hits: [UInt64], misses: [UInt64]) throws -> Timing {
        let probes = hits.map { "hit \(Probes.digits($0))" } + misses.map { "miss \(Probes.digits($0))" }
        let output = try Subprocess.output("/usr/bin/env", ["python3", script.path, "time"] + arguments(source, file: file),
                                          input: probes.joined(separator: "\n"))
        return try JSONDecoder().decode(Timing.self, from: output)
    }

    /// What DuckDB took to `CREATE TABLE … AS SELECT * FROM read_csv(…)` every file, in one process:
    /// into an in-memory database, and into a database file checkpointed to disk.
    struct Build: Decodable {
        let seconds: Double
        let fileSeconds: Double
        let fileBytes: Int

        enum CodingKeys: String, CodingKey {
            case seconds, fileSeconds = "file_seconds", fileBytes = "file_bytes"
        }
    }

    static func build(_ sources: [(SourceDescription, URL)]) throws -> Build {
        let output = try Subprocess.output("/usr/bin/env", ["python3", script.path, "build"] + (try sources.flatMap { try arguments($0.0, file: $0.1) }), input: "")
        return try JSONDecoder().decode(Build.self, from: output)
    }

    /// The command line that answers `number` from `sources`' files in a fresh process.
    static func queryCommand(_ number: UInt64, _ sources: [(SourceDescription, URL)]) throws -> [String] {
        ["python3", script.path, "query", Probes.digits(number)] + (try sources.flatMap { try arguments($0.0, file: $0.1) })
    }
}

/// Child processes for the comparison, their output thrown away unless asked for.
enum Subprocess {
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func output(_ executable: String, _ arguments: [String], input: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
