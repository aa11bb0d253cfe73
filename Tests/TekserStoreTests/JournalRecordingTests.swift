import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserStore

@Suite struct JournalRecordingTests {
    @Test func aBINWithMatchesKeepsTheVerdictTheSourcesAndTheirDates() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let id = try scratch.record("БИН: " + Fixture.investClub, note: "звонила пенсионерка, спрашивает про «Быстрый доход»")
        let inquiry = try #require(try scratch.journal.inquiry(id: id))
        #expect(inquiry.verdict == .verdict(.criminalCase))
        #expect(inquiry.kind == .bin)
        #expect(inquiry.identifier == Fixture.investClub)
        #expect(inquiry.typed == "БИН: " + Fixture.investClub)
        #expect(inquiry.normalised == Fixture.investClub)
        #expect(inquiry.name == "Инвест Клуб «Быстрый доход»")
        #expect(inquiry.sources.map(\.source) == ["mvd", "warning"])
        #expect(inquiry.sources.map(\.asOf.description) == ["2026-10-20", "2026-11-02"])
        #expect(inquiry.sources.map(\.publisher) == [.MVD, .ARDFM])
        #expect(inquiry.operatorName == "Айгерім")
        #expect(inquiry.channel == .phone)
        #expect(inquiry.note == "звонила пенсионерка, спрашивает про «Быстрый доход»")
        #expect(inquiry.localTime == "2026-11-02 15:00:00", "10:00 UTC is 15:00 in Almaty")
        #expect(inquiry.at == JournalScratch.monday)
    }

    @Test func notFoundHasNoSources() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let inquiry = try #require(try scratch.journal.inquiry(id: scratch.record(Fixture.unknown)))
        #expect(inquiry.verdict == .verdict(.notFound))
        #expect(inquiry.sources.isEmpty)
        #expect(inquiry.name == nil)
        #expect(inquiry.identifier == Fixture.unknown)
    }

    @Test func anInvalidInputIsRecordedWithItsProblem() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let inquiry = try #require(try scratch.journal.inquiry(id: scratch.record("940 140 000 38", channel: .letter)))
        #expect(inquiry.verdict == .invalid)
        #expect(inquiry.problem == "wrong_length")
        #expect(inquiry.identifier == nil)
        #expect(inquiry.kind == nil)
        #expect(inquiry.typed == "940 140 000 38")
        #expect(inquiry.normalised == "94014000038")
        #expect(inquiry.channel == .letter)
    }

    @Test func anIINIsKeptMaskedAndItsRepeatsCountedByHash() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let masked = Fixture.maskedPersonIIN
        let id = try scratch.record("ИИН " + Fixture.personIIN)
        try scratch.record(Fixture.personIIN, channel: .walkIn)
        let inquiry = try #require(try scratch.journal.inquiry(id: id))
        #expect(inquiry.kind == .iin)
        #expect(inquiry.identifier == masked)
        #expect(inquiry.typed == masked)
        #expect(inquiry.normalised == masked)
        #expect(inquiry.verdict == .verdict(.criminalCase))
        let person = try Identifier(number: UInt64(Fixture.personIIN)!)
        #expect(try scratch.journal.count(of: person) == 2)
        #expect(try scratch.journal.count(of: Identifier(number: UInt64(Fixture.bank)!)) == 0)
        let key: String? = try scratch.journal.database.read { try String.fetchOne($0, sql: "SELECT subject_key FROM inquiry WHERE id = ?", arguments: [id.rawValue]) }
        #expect(key?.hasPrefix("iin:") == true)
        #expect(key?.count == 4 + 64)
    }

    @Test func noteAndChannelCanBeCorrectedAfterTheAnswer() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let id = try scratch.record(Fixture.bank)
        try scratch.journal.update(note: "клиент банка, ИИН \(Fixture.personIIN)", for: id)
        try scratch.journal.update(channel: .email, for: id)
        let inquiry = try #require(try scratch.journal.inquiry(id: id))
        #expect(inquiry.note == "клиент банка, ИИН " + Fixture.maskedPersonIIN)
        #expect(inquiry.channel == .email)
        #expect(throws: JournalError.noSuchInquiry(InquiryID(99))) { try scratch.journal.update(note: "x", for: InquiryID(99)) }
    }

    @Test func filtersSelectByDayOperatorVerdictAndChannel() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let monday = JournalScratch.monday
        try scratch.record(Fixture.bank, at: monday, operator: "Айгерім")
        try scratch.record(Fixture.unknown, at: monday.adding(days: 1), operator: "Данияр", channel: .email)
        try scratch.record("hello", at: monday.adding(days: 2), operator: "Айгерім")
        // 20:00 UTC on Wednesday is already Thursday 01:00 in Almaty.
        try scratch.record(Fixture.investClub, at: monday.adding(days: 2, hours: 10), operator: "Данияр")
        func typed(_ filter: InquiryFilter) throws -> [String] { try scratch.journal.inquiries(filter: filter).map(\.typed) }
        let tuesday = CalendarDate(year: 2026, month: 11, day: 3), wednesday = CalendarDate(year: 2026, month: 11, day: 4)
        #expect(try typed(InquiryFilter()) == [Fixture.bank, Fixture.unknown, "hello", Fixture.investClub])
        #expect(try typed(InquiryFilter(from: tuesday, to: wednesday)) == [Fixture.unknown, "hello"])
        #expect(try typed(InquiryFilter(operator: "Данияр")) == [Fixture.unknown, Fixture.investClub])
        #expect(try typed(InquiryFilter(verdict: .invalid)) == ["hello"])
        #expect(try typed(InquiryFilter(channel: .email)) == [Fixture.unknown])
        #expect(try typed(InquiryFilter(latest: 2)) == ["hello", Fixture.investClub])
        #expect(try scratch.journal.count(filter: InquiryFilter(from: wednesday)) == 2)
        // The last day there is: the day after it would be year 10000, a text sorting before 2026.
        #expect(try scratch.journal.count(filter: InquiryFilter(to: CalendarDate(year: 9999, month: 12, day: 31))) == 4)
    }
}

/// The UUID an inquiry carries from the desk to the journal, the outbox and the team's server.
@Suite struct JournalUUIDTests {
    @Test func theJournalKeepsEachInquirysUUID() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let new = JournalScratch.inquiry(Fixture.bank)
        let recorded = try scratch.journal.record(new)
        #expect(recorded.uuid == new.uuid)
        #expect(try scratch.journal.inquiry(id: recorded.id)?.uuid == new.uuid)
    }
}
