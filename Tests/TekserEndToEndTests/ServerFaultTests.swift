import Foundation
import Testing
import TestSupport

/// The server stopped and started again under two running batches: every inquiry reaches
/// it exactly once, through the outbox for those that came while it was away.
@Suite(.enabled(if: TestServer.shouldRun), .serialized) struct ServerFaultTests {
    static let fixture = try! Fixture()
    static let perBatch = 500

    @Test func twoBatchesOf500WithTheServerRestartedMidwayStoreExactly1000() throws {
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-fault-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("team.key").path
        let inputs = [Fixture.bank, Fixture.investClub, Fixture.afmOnly, "ИИН " + Fixture.personIIN, Fixture.unknown, "12345"]
        let lines = (0..<Self.perBatch).map { inputs[$0 % inputs.count] }.joined(separator: "\n")
        let running = try (1...2).map { batch in
            try Binary.start(["check", "--data", Self.fixture.directory.path, "--file", "-", "--server", cluster.url,
                              "--team-key", key, "--operator", "batch\(batch)", "--deliver-timeout", "60"], stdin: lines)
        }
        func rows(_ sql: String = "SELECT count(*) FROM tekser.inquiry") -> Int {
            (try? TestServer.psql(cluster.url, sql)).flatMap { Int($0) } ?? 0
        }
        // Stopped once both batches are well under way (each has written some: a batch that
        // cannot reach the server at its start refuses to begin), started again a second later.
        let slower = #"""
            SELECT least(count(*) FILTER (WHERE "operator" = 'batch1'), count(*) FILTER (WHERE "operator" = 'batch2')) FROM tekser.inquiry
            """#
        let deadline = Date().addingTimeInterval(60)
        while rows(slower) < 25, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let atHalt = rows()
        try cluster.halt()
        Thread.sleep(forTimeInterval: 1)
        try cluster.restart()
        let outputs = running.map { $0.finish() }
        #expect(atHalt >= 50 && atHalt < 2 * Self.perBatch, "the server was stopped with \(atHalt) rows in")
        for output in outputs {
            // Status 2: the batch holds a line that is no identifier ("12345"), journaled as such.
            #expect(output.status == 2, "\(output.stderr)")
            #expect(output.stdout.split(separator: "\n").count == Self.perBatch)
        }
        #expect(rows() == 2 * Self.perBatch)
        #expect(rows("SELECT count(DISTINCT uuid) FROM tekser.inquiry") == 2 * Self.perBatch)
        #expect(rows(#"SELECT count(*) FROM tekser.inquiry WHERE "operator" = 'batch1'"#) == Self.perBatch)
    }

    /// With the server away, a check answers from the version this machine pulled before, and says so.
    @Test func aCheckWithTheServerAwayAnswersFromTheKeptVersionAndSaysSo() throws {
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let scratch = try ScratchFolder("away-check")
        defer { scratch.remove() }
        let environment = ["XDG_CACHE_HOME": scratch.appending("cache").path]
        let published = try Binary.run(["data", "publish", "--data", Self.fixture.directory.path, "--server", cluster.url])
        #expect(published.status == 0, "\(published.stderr)")
        let check = ["check", Fixture.investClub, "--server", cluster.url, "--journal", scratch.appending("j.sqlite").path, "--lang", "en"]
        let reachable = try Binary.run(check, environment: environment)
        #expect(reachable.status == 0 && reachable.stderr.isEmpty, "\(reachable.stderr)")
        try cluster.halt()
        let away = try Binary.run(check, environment: environment)
        #expect(away.status == 0, "\(away.stderr)")
        #expect(away.stdout.contains("Быстрый доход"), "\(away.stdout)")
        #expect(away.stderr == "tekser: the team's server is away: answering from registry version 1 kept on this machine\n", "\(away.stderr)")
    }
}
