import Foundation
import Testing
import TekserCore
import TekserStore
import TestSupport
@testable import TekserServer

/// Citizens' reports and direct writes on the team's server: what its schema's rules make of
/// text the bot keeps, and a row it refuses while it answers.
@Suite(.enabled(if: TestServer.shouldRun)) struct TeamReportsTests {
    static func report(_ typed: String, text: String = "", at seconds: TimeInterval = 1_790_000_000) throws -> CitizenReport {
        CitizenReport(subject: .identifier(try IdentifierParser.parse(typed).get()), verdict: .warningList, approach: .messenger,
                      payment: .upTo100k, text: text, at: Date(timeIntervalSince1970: seconds))
    }

    @Test func aReportFullOfFlagsIsStoredOnTheServer() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let journal = try team.open()
        defer { try? journal.close() }
        // Each flag is one character but two code points, which the server's length() counts.
        let flags = String(repeating: "🇰🇿", count: 400)
        #expect(try journal.record(try Self.report(Fixture.bank, text: flags), channel: .chat) > 0)
        #expect(try team.serverRows("SELECT length(text) FROM tekser.report") == "\(CitizenReport.textLimit)")
        #expect(journal.setAside == 0)
    }

    @Test func aDirectWriteTheServerRefusesIsSetAsideNotLost() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let journal = try team.open()
        defer { try? journal.close() }
        // A rule this Tekser does not know about (as from a newer administrator's constraint).
        _ = try team.serverRows("ALTER TABLE tekser.inquiry ADD CONSTRAINT no_poison CHECK (note <> 'poison')")
        _ = try team.serverRows("ALTER TABLE tekser.report ADD CONSTRAINT no_poison CHECK (text <> 'poison')")
        let refused = try journal.record(TeamScratch.inquiry(Fixture.bank, note: "poison"))
        #expect(refused.id.rawValue < 0)
        #expect(try journal.record(try Self.report(Fixture.bank, text: "poison"), channel: .kiosk) < 0)
        #expect(try journal.record(TeamScratch.inquiry(Fixture.investClub)).id.rawValue > 0)
        // A note for the inquiry set aside follows it there.
        try journal.update(note: "called back", channel: nil, for: refused.id)
        #expect(journal.waiting == 0)
        let aside = try journal.outbox.setAside(for: journal.location)
        #expect(aside.map(\.kind) == ["insert", "report", "update"])
        #expect(aside.prefix(2).allSatisfy { $0.reason.contains("no_poison") })
        #expect(try team.serverRows() == "1")
    }

    @Test func reportsAreListedOldestFirstWhateverOrderTheyArrivedIn() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let journal = try team.open()
        defer { try? journal.close() }
        #expect(try journal.record(try Self.report(Fixture.bank, at: 1_790_000_600), channel: .chat) > 0)
        // Kept in another desk's outbox earlier, delivered late: a higher number, an earlier time.
        let late = ReportRow(try Self.report(Fixture.investClub, at: 1_790_000_000), channel: .kiosk, key: journal.key, timeZone: .current)
        try journal.outbox.append(.report(late), server: journal.location)
        journal.sender.wake()
        #expect(journal.waitForDelivery(timeout: .seconds(20)) == 0)
        #expect(try journal.reports(from: nil, to: nil).map(\.subject) == [Fixture.investClub, Fixture.bank])
    }

    @Test func verifyFindsAnIINUnmaskedInAReport() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let journal = try team.open()
        defer { try? journal.close() }
        let id = try journal.record(try Self.report(Fixture.personIIN, text: "мой ИИН \(Fixture.personIIN)"), channel: .chat)
        #expect(try journal.integrityProblems().isEmpty)
        // As written by something other than Tekser, which masks before storing.
        _ = try team.serverRows("UPDATE tekser.report SET text = 'ИИН \(Fixture.personIIN)' WHERE id = \(id)")
        _ = try team.serverRows("INSERT INTO tekser.report SELECT id + 1, gen_random_uuid(), recorded_at, local_time, channel, subject_kind, "
            + "'\(Fixture.personIIN)', subject_key, verdict, approach, paid, '' FROM tekser.report WHERE id = \(id)")
        #expect(try journal.integrityProblems().count == 2)
    }
}
