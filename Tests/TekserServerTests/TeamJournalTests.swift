import Foundation
import Testing
import TekserCore
import TekserStore
import TestSupport
@testable import TekserServer

/// The journal on the team's server: the same records and privacy as the SQLite journal,
/// several desks at once, migrations, and the refusals that each get one clear line.
@Suite(.enabled(if: TestServer.shouldRun)) struct TeamJournalTests {
    @Test func anInquiryIsStoredMaskedWithItsUUIDAndReadBackAsRecorded() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let journal = try team.open()
        defer { try? journal.close() }
        let new = TeamScratch.inquiry("ИИН " + Fixture.personIIN, note: "звонил сам, ИИН \(Fixture.personIIN)")
        let recorded = try journal.record(new)
        #expect(recorded.id.rawValue > 0)
        #expect(recorded.uuid == new.uuid)
        #expect(recorded.identifier == Fixture.maskedPersonIIN)
        let read = try #require(try journal.inquiry(id: recorded.id))
        #expect(read == recorded)
        // What the server holds, read by psql: no digit of the IIN beyond the last four.
        let row = try team.serverRows("SELECT uuid, typed, identifier, note, subject_key FROM tekser.inquiry")
        #expect(row.hasPrefix(new.uuid.uuidString.lowercased()))
        #expect(!row.contains(Fixture.personIIN.prefix(8)))
        #expect(row.contains("iin:"))
    }

    @Test func twoDesksShareOneJournalAndListsFilterByOperator() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let first = try team.open(desk: "a"), second = try team.open(desk: "b")
        defer { try? first.close(); try? second.close() }
        try first.record(TeamScratch.inquiry(Fixture.bank, operator: "Айгерім"))
        try second.record(TeamScratch.inquiry(Fixture.investClub, operator: "Бауыржан"))
        try second.record(TeamScratch.inquiry(Fixture.bank, operator: "Бауыржан"))
        #expect(try first.inquiries(filter: InquiryFilter()).map(\.operatorName) == ["Айгерім", "Бауыржан", "Бауыржан"])
        #expect(try first.inquiries(filter: InquiryFilter(operator: "Бауыржан")).map(\.identifier) == [Fixture.investClub, Fixture.bank])
        #expect(try first.count(of: Identifier(number: UInt64(Fixture.bank)!)) == 2)
        let stats = try second.stats(filter: InquiryFilter(), top: 5)
        #expect(stats.total == 3)
        #expect(stats.perOperator.map { "\($0.key) \($0.count)" } == ["Бауыржан 2", "Айгерім 1"])
        #expect(stats.topSubjects.first.map { "\($0.subject) \($0.count)" } == "\(Fixture.bank) 2")
        // A link has no identifier: the server counts it by its key too.
        try first.record(TeamScratch.inquiry("https://crypto-oasis.example/", operator: "Айгерім"))
        let withLink = try second.stats(filter: InquiryFilter(), top: 5)
        #expect(withLink.topSubjects.map(\.subject) == [Fixture.bank, "crypto-oasis.example", Fixture.investClub], "\(withLink.topSubjects)")
        #expect(withLink.topSubjects[1].kind == nil && withLink.topSubjects[1].verdict == .verdict(.warningList))
    }

    @Test func theSameInquiryDeliveredTwiceIsStoredOnce() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let journal = try team.open()
        defer { try? journal.close() }
        let new = TeamScratch.inquiry(Fixture.bank)
        let first = try journal.record(new)
        #expect(try journal.record(new).id == first.id)
        #expect(journal.waiting == 0)
        #expect(try team.serverRows() == "1")
        #expect(try journal.integrityProblems() == [])
    }

    @Test func notesAndChannelsChangeOnTheServer() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        let journal = try team.open()
        defer { try? journal.close() }
        let recorded = try journal.record(TeamScratch.inquiry(Fixture.bank))
        try journal.update(note: "перезвонить, ИИН \(Fixture.personIIN)", channel: .email, for: recorded.id)
        let read = try #require(try journal.inquiry(id: recorded.id))
        #expect(read.note == "перезвонить, ИИН \(Fixture.maskedPersonIIN)")
        #expect(read.channel == .email)
    }

    @Test func aDeskWithAnotherKeyOrNoKeyIsRefused() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        try team.open().close()
        let other = team.folder.appendingPathComponent("other.key")
        _ = try IdentifierKey.loadOrCreate(at: other)
        #expect(throws: JournalError.keyMismatch(path: other.path)) { try team.open(key: other) }
        let missing = team.folder.appendingPathComponent("missing.key")
        #expect(throws: JournalError.teamKeyMissing(path: missing.path, server: team.server.description)) { try team.open(key: missing) }
    }

    @Test func aNewerSchemaIsRefusedAndMigrationsRunOnce() throws {
        let team = try TeamScratch()
        defer { team.remove() }
        try team.open().close()
        try team.open().close()
        #expect(try team.serverRows("SELECT string_agg(version::text, ',' ORDER BY version) FROM tekser.schema_version")
                == (1...TeamSchema.latest).map(String.init).joined(separator: ","))
        _ = try team.serverRows("INSERT INTO tekser.schema_version (version, name) VALUES (99, 'from the future')")
        #expect(throws: JournalError.serverNewerSchema(server: team.server.description, version: 99)) { try team.open() }
    }

    @Test func aWrongPasswordAMissingDatabaseAndNoServerEachSaySo() throws {
        let base = try ServerURL(parsing: TestServer.url())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-refusals-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        func open(_ text: String, password: String?) throws -> TeamJournal {
            try TeamJournal.open(server: ServerURL(parsing: text), keyURL: folder.appendingPathComponent("team.key"),
                                 outboxURL: folder.appendingPathComponent("outbox.sqlite"), password: password)
        }
        let host = "postgresql://\(base.user)@\(base.host):\(base.port)"
        #expect { try open("\(host)/\(base.database)", password: "wrong") } throws: { error in
            if case JournalError.serverLogin(let server, _) = error { return server == "\(host)/\(base.database)" }
            return false
        }
        #expect(throws: JournalError.serverNoDatabase(server: "\(host)/nosuchdb", database: "nosuchdb")) {
            try open("\(host)/nosuchdb", password: base.password())
        }
        #expect { try open("postgresql://desk@127.0.0.1:1/team", password: nil) } throws: { error in
            // Nothing listens on port 1: said as such, not in the network library's words.
            if case JournalError.serverUnreachable(let server, .refused) = error { return server == "postgresql://desk@127.0.0.1:1/team" }
            return false
        }
    }
}
