import Foundation
import GRDB
import TekserCore

/// The engine the compiled file was measured against: the licensed register in SQLite through
/// GRDB (a table of every field, an index on the BIN), opened read-only with a memory map, as
/// the first design would have had it; build, one lookup per BIN by a cached prepared statement.
enum SQLiteComparison {
    static func run(_ data: DataSet, probes: Probes) throws {
        guard let source = data.sources.first(where: { $0.summary.kind == .licensed }) else { return }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-sqlite-\(getpid()).sqlite")
        defer { try? FileManager.default.removeItem(at: url) }
        let fields = source.evidence(row: 0)?.fields.map(\.field.rawValue) ?? []
        // The values are read before the clock starts: only SQLite's part is timed.
        let rows = (0 ..< source.rowCount).compactMap { source.evidence(row: $0) }.map { evidence -> [(any DatabaseValueConvertible)?] in
            [evidence.details.identifier.map { Int64($0.number) }, evidence.line] + evidence.fields.map(\.value)
        }
        let build = try Stopwatch.time {
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE licensed (number INTEGER, line INTEGER, \(fields.map { "\"\($0)\" TEXT" }.joined(separator: ", ")))")
                let insert = try db.makeStatement(sql: "INSERT INTO licensed VALUES (?, ?\(String(repeating: ", ?", count: fields.count)))")
                for values in rows { try insert.execute(arguments: StatementArguments(values)) }
                try db.execute(sql: "CREATE INDEX licensed_number ON licensed (number)")
            }
        }.seconds
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 4000000000") }
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        func lookups(_ numbers: [UInt64]) throws -> Double {
            try queue.read { db in
                let statement = try db.cachedStatement(sql: "SELECT * FROM licensed WHERE number = ?")
                return try Stopwatch.time {
                    for number in numbers { _ = try Row.fetchAll(statement, arguments: [Int64(number)]) }
                }.seconds / Double(numbers.count)
            }
        }
        _ = try lookups(probes.hits)  // the pages, as the compiled file's second pass has them
        let hit = try lookups(probes.hits), miss = try lookups(probes.misses)
        let ours = Stopwatch.time { for number in probes.misses where source.contains(number) {} }.seconds / Double(probes.misses.count)
        print("  SQLite (GRDB, read-only, mmap) with the licensed register of \(Figures.rows(source.rowCount)) rows: build (insert, index) "
              + "\(Figures.seconds(build)); lookup by BIN, rows fetched: hit \(Figures.microseconds(hit)), miss \(Figures.microseconds(miss)) "
              + "against the compiled file's miss \(Figures.microseconds(ours)) (\(Figures.ratio(miss, ours)))")
    }
}
