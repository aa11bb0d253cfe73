import Foundation
import GRDB
import Testing
import TekserCore
import TestSupport
@testable import TekserStore

/// Citizens' reports in the journal: the subject and verdict, never the citizen; IINs masked.
@Suite struct ReportRecordingTests {
    static func report(_ subject: ReportSubject, at date: Date = JournalScratch.monday, text: String = "") -> CitizenReport {
        CitizenReport(subject: subject, verdict: .warningList, approach: .socialNetwork, payment: .upTo1M, text: text, at: date)
    }

    static let person = try! IdentifierParser.parse(Fixture.personIIN).get()
    static let club = try! IdentifierParser.parse(Fixture.investClub).get()

    @Test func aReportIsStoredWithItsSubjectVerdictChannelAndTime() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let recorder = JournalReportRecorder(journal: scratch.journal, channel: .kiosk)
        try recorder.record(Self.report(.identifier(Self.club), text: "звонили"))
        let stored = try #require(try scratch.journal.reports().first)
        #expect(stored.subject == Fixture.investClub && stored.subjectKind == "bin")
        #expect((stored.channel, stored.verdict, stored.approach, stored.payment) == (.kiosk, "warning_list", .socialNetwork, .upTo1M))
        #expect(stored.localTime == "2026-11-02 15:00:00")
        #expect(stored.text == "звонили")
        // No column could hold who made it.
        let columns = try scratch.journal.database.read { db in try db.columns(in: "report").map(\.name) }
        #expect(Set(columns) == ["id", "recorded_at", "local_time", "channel", "subject_kind", "subject", "subject_key",
                                 "verdict", "approach", "paid", "text"])
    }

    @Test func aPersonAndAnIINInTheTextAreMaskedOnDisk() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        try scratch.journal.record(Self.report(.identifier(Self.person), text: "мой ИИН \(Fixture.personIIN)"), channel: .chat)
        try scratch.journal.record(Self.report(.identifier(Self.person)), channel: .chat)
        let stored = try scratch.journal.reports()
        #expect(stored.map(\.subject) == [Fixture.maskedPersonIIN, Fixture.maskedPersonIIN])
        #expect(stored[0].text == "мой ИИН \(Fixture.maskedPersonIIN)")
        #expect(stored[0].subjectKey.hasPrefix("iin:") && stored[0].subjectKey == stored[1].subjectKey)
        try scratch.journal.close()
        for (name, bytes) in scratch.rawFiles() {
            #expect(!String(decoding: bytes, as: UTF8.self).contains(Fixture.personIIN), "\(name) holds the IIN")
        }
    }

    @Test func reportsAreSelectedByDayAndCountedPerSubject() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let day = 86_400.0
        let link = try LinkParser.parse("https://t.me/fastincome").get()
        try scratch.journal.record(Self.report(.link(link)), channel: .chat)
        try scratch.journal.record(Self.report(.identifier(Self.club), at: JournalScratch.monday + day), channel: .plain)
        try scratch.journal.record(Self.report(.identifier(Self.club), at: JournalScratch.monday + 2 * day), channel: .kiosk)
        try scratch.journal.record(Self.report(.listed(SubjectRef(sourceID: "warning", line: 4), name: "Crypto Oasis"),
                                               at: JournalScratch.monday + 2 * day), channel: .kiosk)
        let tuesday = CalendarDate(year: 2026, month: 11, day: 3)
        #expect(try scratch.journal.reports(from: tuesday).map(\.subject) == [Fixture.investClub, Fixture.investClub, "Crypto Oasis"])
        #expect(try scratch.journal.reports(to: tuesday).map(\.subject) == ["telegram:@fastincome", Fixture.investClub])
        let counts = ReportExport.perSubject(try scratch.journal.reports())
        #expect(counts.map(\.subject) == [Fixture.investClub, "telegram:@fastincome", "Crypto Oasis"])
        #expect(counts.map(\.count) == [2, 1, 1])
    }

    @Test func theCSVDefusesFormulas() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        try scratch.journal.record(Self.report(.identifier(Self.club), text: "=HYPERLINK(\"x\")"), channel: .chat)
        let csv = String(decoding: ReportExport.csv(try scratch.journal.reports()).bytes.dropFirst(3), as: UTF8.self)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first == "id,local_time,channel,subject_kind,subject,verdict,approach,paid,text")
        #expect(lines.last?.hasSuffix(#",social_network,up_to_1m,"'=HYPERLINK(""x"")""#) == true)
    }
}
