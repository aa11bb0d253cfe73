import Foundation
import Testing
import TekserCore
import TekserStore
import TestSupport
@testable import TekserServer

/// The server away: inquiries go to the outbox, are answered all the same, and reach the
/// server once, in order, when it is back, even from the next run of the program.
@Suite(.enabled(if: TestServer.shouldRun), .serialized) struct OutboxTests {
    @Test func whileTheServerIsDownInquiriesWaitAndArriveInOrderOnceItIsBack() throws {
        try TeamScratch.onOwnCluster { cluster, team, journal in
            try journal.record(TeamScratch.inquiry(Fixture.bank, note: "до"))
            try cluster.halt()
            let typed = [Fixture.investClub, Fixture.afmOnly, "ИИН " + Fixture.personIIN]
            let kept = try typed.map { try journal.record(TeamScratch.inquiry($0)) }
            #expect(kept.allSatisfy { $0.id.rawValue < 0 })
            try journal.update(note: "перезвонить", channel: .letter, for: kept[0].id)
            #expect(journal.waiting == 4)
            #expect(journal.waitForDelivery(timeout: .milliseconds(300)) == 4)
            try cluster.restart()
            #expect(journal.waitForDelivery(timeout: .seconds(20)) == 0)
            let rows = try team.serverRows("SELECT string_agg(typed || '|' || note || '|' || channel, ',' ORDER BY id) FROM tekser.inquiry")
            #expect(rows == [Fixture.bank + "|до|phone", Fixture.investClub + "|перезвонить|letter", Fixture.afmOnly + "||phone",
                             Fixture.maskedPersonIIN + "||phone"].joined(separator: ","))
            #expect(try journal.integrityProblems() == [])
        }
    }

    @Test func theNextRunDeliversWhatTheLastOneLeft() throws {
        try TeamScratch.onOwnCluster { cluster, team, first in
            try cluster.halt()
            for _ in 1...3 { try first.record(TeamScratch.inquiry(Fixture.bank)) }
            try first.close()
            try cluster.restart()
            #expect(try team.serverRows() == "0")
            let next = try team.open()
            defer { try? next.close() }
            #expect(next.waitForDelivery(timeout: .seconds(20)) == 0)
            #expect(try team.serverRows("SELECT count(DISTINCT uuid) FROM tekser.inquiry") == "3")
        }
    }
}
