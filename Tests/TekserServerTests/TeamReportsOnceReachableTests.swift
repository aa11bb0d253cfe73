import Foundation
import Synchronization
import Testing
import TekserCore
import TekserStore
import TestSupport
@testable import TekserServer

/// Reports on a machine whose team's server did not answer at its first start: refused at once
/// (the bot files them on the screen's thread), while the journal is opened again in the background.
@Suite(.enabled(if: TestServer.shouldRun)) struct TeamReportsOnceReachableTests {
    @Test func aReportIsRefusedAtOnceUntilTheBackgroundRetryOpensTheJournal() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let reachable = Atomic(false)
        let reports = TeamReportsOnceReachable(refusal: .serverUnreachable(server: team.server.description, reason: .closed),
                                               retry: .milliseconds(50)) { () throws(JournalError) in
            guard reachable.load(ordering: .relaxed) else {
                Thread.sleep(forTimeInterval: 2)      // a server that does not answer
                throw .serverUnreachable(server: team.server.description, reason: .closed)
            }
            do { return try team.open() } catch { throw (error as? JournalError) ?? .serverFailed(server: team.url, detail: "\(error)") }
        }
        defer {
            reports.stop()
            try? reports.team?.close()
        }
        let report = try OutboxRobustnessTests.report("210740000998")
        // Refused at once: the report never waits on the server (a try takes 2 s here).
        let started = ContinuousClock.now
        #expect(throws: JournalError.self) { try reports.record(report, channel: .kiosk) }
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(reports.team == nil)
        reachable.store(true, ordering: .relaxed)
        let deadline = Date().addingTimeInterval(10)
        while reports.team == nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        #expect(reports.team != nil)
        #expect(try reports.record(report, channel: .kiosk) > 0)
        #expect(try team.serverRows("SELECT count(*) FROM tekser.report") == "1")
    }
}
