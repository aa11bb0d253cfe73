import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserStore

@Suite struct StatsTests {
    /// Monday: 3 (bank ×2, person); Tuesday: none; Wednesday: 4 (person, invalid, club, bank).
    static func week() throws -> JournalScratch {
        let scratch = try JournalScratch()
        let monday = JournalScratch.monday, wednesday = monday.adding(days: 2)
        try scratch.record(Fixture.bank, at: monday, operator: "Айгерім", channel: .phone)
        try scratch.record("БИН " + Fixture.bank, at: monday, operator: "Данияр", channel: .walkIn)
        try scratch.record(Fixture.personIIN, at: monday, operator: "Айгерім", channel: .phone)
        try scratch.record("ИИН " + Fixture.personIIN, at: wednesday, operator: "Айгерім", channel: .email)
        try scratch.record("12345", at: wednesday, operator: "Данияр", channel: .phone)
        try scratch.record(Fixture.investClub, at: wednesday, operator: "Айгерім", channel: .phone)
        try scratch.record(Fixture.bank, at: wednesday, operator: "Айгерім", channel: .letter)
        return scratch
    }

    static func date(_ day: Int) -> CalendarDate { CalendarDate(year: 2026, month: 11, day: day) }

    @Test func figuresForAKnownWeek() throws {
        let scratch = try Self.week()
        defer { scratch.remove() }
        let stats = try scratch.journal.stats()
        #expect(stats.total == 7)
        #expect(stats.perDay == [Tally(key: Self.date(2), count: 3), Tally(key: Self.date(3), count: 0), Tally(key: Self.date(4), count: 4)])
        #expect(stats.perVerdict == [Tally(key: .verdict(.criminalCase), count: 3), Tally(key: .verdict(.licensed), count: 3),
                                     Tally(key: .invalid, count: 1)])
        #expect(stats.perChannel.first == Tally(key: .phone, count: 4))
        #expect(Set(stats.perChannel.dropFirst()) == [Tally(key: .walkIn, count: 1), Tally(key: .email, count: 1), Tally(key: .letter, count: 1)])
        #expect(stats.perOperator == [Tally(key: "Айгерім", count: 5), Tally(key: "Данияр", count: 2)])
        let masked = Fixture.maskedPersonIIN
        #expect(stats.topSubjects.map(\.subject) == [Fixture.bank, masked, Fixture.investClub])
        #expect(stats.topSubjects.map(\.count) == [3, 2, 1])
        #expect(stats.topSubjects[0].name == "АО \"Тест Банк\"")
        #expect(stats.topSubjects[1].kind == .iin)
        #expect(stats.topSubjects[2].verdict == .verdict(.criminalCase))
    }

    /// A link has no identifier: it is counted by its key, as typed in any spelling.
    @Test func aLinkIsAmongTheSubjectsByItsKey() throws {
        let scratch = try Self.week()
        defer { scratch.remove() }
        try scratch.record("https://crypto-oasis.example/")
        try scratch.record("crypto-oasis.example", operator: "Данияр")
        let stats = try scratch.journal.stats()
        #expect(stats.total == 9)
        let link = try #require(stats.topSubjects.first { $0.kind == nil })
        #expect(link.subject == "crypto-oasis.example" && link.count == 2 && link.name == "Crypto Oasis", "\(link)")
        #expect(link.verdict == .verdict(.warningList))
        #expect(stats.topSubjects.map(\.subject) == [Fixture.bank, "crypto-oasis.example", Fixture.maskedPersonIIN, Fixture.investClub])
    }

    @Test func aPeriodAndATopLimit() throws {
        let scratch = try Self.week()
        defer { scratch.remove() }
        let stats = try scratch.journal.stats(filter: InquiryFilter(from: Self.date(3), to: Self.date(5)), top: 1)
        #expect(stats.total == 4)
        #expect(stats.perDay.map(\.count) == [0, 4, 0], "every day of the period is listed")
        #expect(stats.topSubjects.count == 1)
        #expect(stats.topSubjects[0].count == 1)
    }

    @Test func anEmptyJournalHasNoFigures() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let stats = try scratch.journal.stats()
        #expect(stats.total == 0)
        #expect(stats.perDay.isEmpty)
        #expect(stats.topSubjects.isEmpty)
    }
}
