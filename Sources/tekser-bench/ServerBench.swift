import Foundation
import TekserCore
import TekserServer
import TekserStore

/// The team journal on PostgreSQL (`TEKSER_BENCH=server`): inquiries per second from four
/// desks writing at once, and how long an outbox of 10,000 inquiries takes to drain once the
/// server is back. Runs its own durable cluster (fsync on) through `scripts/with-postgres`,
/// which it stops and starts again for the outage.
enum ServerBench {
    static let writers = 4
    static let perWriter = 2_500
    static let outboxSize = 10_000

    static func run() throws {
        print("\nTeam journal on PostgreSQL (a local durable cluster; each inquiry its own committed transaction)")
        let cluster = try Cluster()
        defer { cluster.stop() }
        let server = try ServerURL(parsing: cluster.url)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-bench-server-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        func desk(_ name: String) throws -> TeamJournal {
            try TeamJournal.open(server: server, keyURL: folder.appendingPathComponent("team.key"),
                                 outboxURL: folder.appendingPathComponent("\(name)/outbox.sqlite"), password: server.password())
        }
        let inquiries = try sampleInquiries()
        let desks = try (0..<writers).map { try desk("writer\($0)") }
        let (_, seconds) = Stopwatch.time {
            DispatchQueue.concurrentPerform(iterations: writers) { writer in
                for index in 0..<perWriter {
                    _ = try? desks[writer].record(inquiries[(writer + index) % inquiries.count]())
                }
            }
        }
        desks.forEach { try? $0.close() }
        let stored = try cluster.count()
        print("  \(writers) concurrent writers: \(Figures.rows(stored)) inquiries in \(Figures.seconds(seconds)): "
            + String(format: "%.0f inquiries/s", Double(stored) / seconds))

        let outage = try desk("outage")
        try cluster.halt()
        let (_, kept) = Stopwatch.time {
            for index in 0..<outboxSize { _ = try? outage.record(inquiries[index % inquiries.count]()) }
        }
        print("  server away: \(Figures.rows(outage.waiting)) inquiries committed to the outbox in \(Figures.seconds(kept)): "
            + String(format: "%.0f inquiries/s", Double(outboxSize) / kept))
        try cluster.restart()
        let (left, drained) = Stopwatch.time { outage.waitForDelivery(timeout: .seconds(600)) }
        try? outage.close()
        print("  outbox of \(Figures.rows(outboxSize)) drained in \(Figures.seconds(drained)) after the restart "
            + "(\(left) left; server rows now \(Figures.rows(try cluster.count())))")
    }

    /// Makers of a new inquiry (a new UUID each time) about each demo sample of the shipped data set.
    private static func sampleInquiries() throws -> [@Sendable () -> NewInquiry] {
        let data = try DataSet.load(directory: Cluster.root.appendingPathComponent("data"))
        let checker = Checker(data: data)
        return try Sample.load(for: data).map { sample in
            let result = checker.check(sample.input)
            return { NewInquiry(result: result, typed: sample.input, operator: "bench", channel: .batch) }
        }
    }

    /// A cluster of the bench's own, through `scripts/with-postgres` (the fleet's bench uses one too).
    struct Cluster {
        static var root: URL {
            var root = URL(fileURLWithPath: #filePath)
            while !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) { root.deleteLastPathComponent() }
            return root
        }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-bench-pg-\(UUID().uuidString.prefix(8))")
        let url: String

        init() throws {
            url = try Self.script(["--start", folder.path]).split(separator: "\n").last.map(String.init) ?? ""
        }

        func halt() throws { _ = try Self.script(["--halt", folder.path]) }
        func restart() throws { _ = try Self.script(["--restart", folder.path]) }
        func stop() { _ = try? Self.script(["--stop", folder.path]) }

        func count() throws -> Int {
            let bin = try Self.script(["--bindir"]).trimmingCharacters(in: .whitespacesAndNewlines)
            return Int(try Self.run(bin + "/psql", [url, "-Atqc", "SELECT count(*) FROM tekser.inquiry"])) ?? 0
        }

        static func script(_ arguments: [String]) throws -> String {
            try run(root.appendingPathComponent("scripts/with-postgres").path, arguments)
        }

        static func run(_ path: String, _ arguments: [String]) throws -> String {
            String(decoding: try Subprocess.output(path, arguments, input: ""), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
