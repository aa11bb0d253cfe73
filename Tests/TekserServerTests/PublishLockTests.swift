import Foundation
import Testing
import TekserCore
import TekserStore
import TestSupport
@testable import TekserServer

/// What a publish holds on the server while it uploads: only the publishers' own lock, so a
/// desk opening (which takes the schema's lock) never waits for an upload.
@Suite(.enabled(if: TestServer.shouldRun)) struct PublishLockTests {
    @Test func aPublishWaitingOnAnotherDoesNotHoldUpADeskOpening() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let store = try PublishedDataTests.store(team.url)
        _ = try store.versions()
        // Another publisher in the middle of a long upload holds the publishers' lock for 7 s.
        let holder = ServerLink(server: team.server, password: team.server.password())
        let holding = DispatchSemaphore(value: 0)
        Thread {
            _ = try? holder.run(timeout: .seconds(20)) { db, logger in
                try await db.withTransaction(logger: logger) { db in
                    try await db.query("SELECT pg_advisory_xact_lock(7290146202)", logger: logger)
                    holding.signal()
                    try await Task.sleep(for: .seconds(7))
                }
            }
        }.start()
        holding.wait()
        let published = DispatchSemaphore(value: 0)
        Thread {
            _ = try? PublishedDataTests.publish(TeamScratch.fixture, to: store)
            published.signal()
        }.start()
        try waitUntil("the publish waits for the other") {
            (try? team.serverRows("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")) == "1"
        }
        // Opening waits at most 5 s for the schema's lock: held through the upload, it would fail.
        try team.open().close()
        published.wait()
        #expect(try team.serverRows("SELECT count(*) FROM tekser.data_version") == "1")
    }
}
