import Foundation
import Testing
import TekserCore
import TekserStore
import TestSupport
@testable import TekserServer

/// The outbox when things go wrong: a Tekser started while the server is down, an entry the
/// server will never take, citizens' reports kept while the server is away.
@Suite(.enabled(if: TestServer.shouldRun), .serialized) struct OutboxRobustnessTests {
    static func report(_ typed: String, text: String = "") throws -> CitizenReport {
        CitizenReport(subject: .identifier(try IdentifierParser.parse(typed).get()), verdict: .warningList, approach: .messenger,
                      payment: .upTo100k, text: text, at: Date(timeIntervalSince1970: 1_790_000_000))
    }

    @Test func aDeskThatHasTheTeamKeyStartsWhileTheServerIsDownAndDeliversOnceItIsBack() throws {
        try TeamScratch.onOwnCluster { cluster, team in
            try team.open().close()       // an earlier day: the schema made, the team key on this machine
            try cluster.halt()
            let journal = try team.open()
            defer { try? journal.close() }
            #expect(journal.isAway)
            let kept = try [Fixture.bank, Fixture.investClub].map { try journal.record(TeamScratch.inquiry($0)) }
            #expect(kept.map(\.id.rawValue).allSatisfy { $0 < 0 })
            #expect(journal.waiting == 2)
            try cluster.restart()
            #expect(journal.waitForDelivery(timeout: .seconds(20)) == 0)
            #expect(try team.serverRows("SELECT string_agg(typed, ',' ORDER BY id) FROM tekser.inquiry") == "\(Fixture.bank),\(Fixture.investClub)")
            // Back: reads work again and new inquiries go straight to the server.
            #expect(try journal.inquiries(filter: InquiryFilter()).count == 2)
            #expect(try journal.record(TeamScratch.inquiry(Fixture.afmOnly)).id.rawValue > 0)
        }
    }

    @Test func aFirstStartWithoutTheTeamKeyIsRefusedWhileTheServerIsDown() throws {
        try TeamScratch.onOwnCluster { cluster, team in
            try cluster.halt()
            #expect {
                try team.open()
            } throws: { error in
                guard case .serverUnreachable(let server, _)? = error as? JournalError else { return false }
                return server == team.server.description
            }
            #expect(!FileManager.default.fileExists(atPath: team.keyURL.path))
        }
    }

    @Test func anEntryTheServerRefusesIsSetAsideAndTheRestIsDelivered() throws {
        try TeamScratch.onOwnCluster { cluster, team in
            let journal = try team.open()
            defer { try? journal.close() }
            try cluster.halt()
            try journal.record(TeamScratch.inquiry(Fixture.bank))
            // A channel the server's CHECK does not allow (as from a Tekser with a channel the schema lacks).
            var poison = StoredInquiry(TeamScratch.inquiry(Fixture.afmOnly), key: journal.key, timeZone: .current)
            poison.channel = "pigeon"
            try journal.outbox.append(.insert(poison), server: journal.location)
            try journal.outbox.append(.update(uuid: poison.uuid, note: "called back", channel: nil), server: journal.location)
            try journal.record(TeamScratch.inquiry(Fixture.investClub))
            #expect(journal.waiting == 4)
            try cluster.restart()
            #expect(journal.waitForDelivery(timeout: .seconds(20)) == 0)
            #expect(try team.serverRows("SELECT string_agg(typed, ',' ORDER BY id) FROM tekser.inquiry") == "\(Fixture.bank),\(Fixture.investClub)")
            let aside = try journal.outbox.setAside(for: journal.location)
            // The note for the refused inquiry is set aside with it, not dropped.
            #expect(aside.map(\.kind) == ["insert", "update"])
            #expect(aside.first?.reason.contains("inquiry_channel_check") == true)
            let problems = try journal.integrityProblems()
            #expect(problems.count == 2)
            // Worded in the reader's language, like every line journal verify prints.
            let catalog = try Catalog.bundled()
            #expect(problems.first.map { catalog.text($0, in: .en) }?.contains("set aside in \(journal.outboxPath)") == true)
            #expect(problems.first.map { catalog.text($0, in: .ru) }?.contains("отложена в \(journal.outboxPath)") == true)
        }
    }

    @Test func reportsKeptWhileTheServerIsAwayAreDeliveredOnceMaskedAndListedForTheTeam() throws {
        try TeamScratch.onOwnCluster { cluster, team in
            let journal = try team.open()
            defer { try? journal.close() }
            #expect(try journal.record(try Self.report(Fixture.investClub, text: "в Telegram"), channel: .kiosk) > 0)
            try cluster.halt()
            let long = "мой ИИН \(Fixture.personIIN) " + String(repeating: "я", count: 600)
            #expect(try journal.record(try Self.report(Fixture.personIIN, text: long), channel: .chat) < 0)
            #expect(try journal.record(try Self.report(Fixture.investClub), channel: .plain) < 0)
            #expect(journal.waiting == 2)
            try cluster.restart()
            #expect(journal.waitForDelivery(timeout: .seconds(20)) == 0)
            #expect(try team.serverRows("SELECT count(DISTINCT uuid) || '/' || count(*) FROM tekser.report") == "3/3")
            let reports = try journal.reports(from: nil, to: nil)
            #expect(reports.map(\.subject) == [Fixture.investClub, Fixture.maskedPersonIIN, Fixture.investClub])
            #expect(reports.map(\.channel) == [.kiosk, .chat, .plain])
            #expect(reports[1].text.hasPrefix("мой ИИН \(Fixture.maskedPersonIIN) я") && reports[1].text.count == CitizenReport.textLimit)
            #expect(try team.serverRows("SELECT count(*) FROM tekser.report WHERE text LIKE '%\(Fixture.personIIN)%' OR subject LIKE '%\(Fixture.personIIN)%'") == "0")
            // A second delivery of the same report (a crash between commit and removal) stores it once.
            let again = ReportRow(try Self.report(Fixture.bank), channel: .chat, key: journal.key, timeZone: .current)
            try journal.outbox.append(.report(again), server: journal.location)
            try journal.outbox.append(.report(again), server: journal.location)
            journal.sender.wake()
            #expect(journal.waitForDelivery(timeout: .seconds(20)) == 0)
            #expect(try team.serverRows("SELECT count(*) FROM tekser.report") == "4")
        }
    }

    @Test func aDeskStartedAwayWithAnotherKeySaysSoOnceTheServerIsBack() throws {
        try TeamScratch.onOwnCluster { cluster, team in
            try team.open().close()
            try cluster.halt()
            let other = team.folder.appendingPathComponent("other.key")
            _ = try IdentifierKey.loadOrCreate(at: other)
            let journal = try team.open(key: other)
            defer { try? journal.close() }
            #expect(journal.serverProblem == nil)
            try journal.record(TeamScratch.inquiry(Fixture.bank))
            try cluster.restart()
            let deadline = ContinuousClock.now + .seconds(20)
            while journal.serverProblem == nil && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.05) }
            #expect(journal.serverProblem == .keyMismatch(path: other.path))
            #expect(throws: JournalError.keyMismatch(path: other.path)) { try journal.integrityProblems() }
            let catalog = try Catalog.bundled()
            let notices = journal.deliveryNotices(catalog, in: .en)
            #expect(notices.first == catalog.text(JournalError.keyMismatch(path: other.path).message, in: .en))
            #expect(journal.waiting == 1)
        }
    }
}
