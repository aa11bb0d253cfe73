import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport

/// Keeps the reports it is given, or refuses them all.
final class MemoryReports: ReportRecorder, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [CitizenReport] = []
    let fails: Bool

    init(fails: Bool = false) { self.fails = fails }

    struct Refused: Error {}

    func record(_ report: CitizenReport) throws {
        if fails { throw Refused() }
        lock.withLock { stored.append(report) }
    }

    var reports: [CitizenReport] { lock.withLock { stored } }
}

@Suite struct ReportConversationTests {
    @Test func aReportIsAskedStepByStepAndRecordedWithoutTheCitizen() throws {
        let recorder = MemoryReports()
        var chat = Conversation(reports: recorder)
        chat.send(Fixture.investClub)
        let approach = Conversation.texts(chat.press("⚠ Report"))
        #expect(approach == ["Report on this answer. How were you approached?"])
        #expect(chat.lastButtons == ["Social network", "Messenger", "Phone call", "An acquaintance", "Advertisement", "Other"])
        #expect(Conversation.texts(chat.press("Messenger")) == ["Have you paid them any money?"])
        #expect(chat.lastButtons == ["No", "Yes, up to 100,000 ₸", "Yes, up to 1,000,000 ₸", "Yes, more"])
        let ask = Conversation.texts(chat.press("up to 100,000"))
        #expect(ask.first?.hasPrefix("Anything to add? Write a short message (up to 500 characters)") == true)
        #expect(recorder.reports.isEmpty)
        let thanks = Conversation.texts(chat.send("They promised 30% a month, my IIN \(Fixture.personIIN)\u{1B}[2J"))
        #expect(thanks.first?.hasPrefix("Thank you: your report is recorded.") == true)
        #expect(thanks.first?.contains("the police: call 102") == true)
        let report = try #require(recorder.reports.first)
        #expect(recorder.reports.count == 1)
        #expect(report.subject == .identifier(try IdentifierParser.parse(Fixture.investClub).get()))
        #expect(report.verdict == .criminalCase)
        #expect((report.approach, report.payment) == (.messenger, .upTo100k))
        #expect(report.text == "They promised 30% a month, my IIN \(Fixture.maskedPersonIIN)[2J")
        #expect(report.at == Conversation.start)
        // The next message is a check again, not more report text.
        #expect(Conversation.texts(chat.send(Fixture.bank)).first?.hasPrefix("✅ Holds an active licence") == true)
        #expect(recorder.reports.count == 1)
    }

    @Test func aNotFoundLinkCanBeReportedAndTheTextSkipped() throws {
        let recorder = MemoryReports()
        var chat = Conversation(language: .ru, reports: recorder)
        chat.send("https://never-listed.example/invest")
        chat.press("⚠ Сообщить")
        chat.press("Реклама")
        chat.press("Нет")
        let thanks = Conversation.texts(chat.press("Пропустить"))
        #expect(thanks.first?.hasPrefix("Спасибо: ваше сообщение записано.") == true)
        let report = try #require(recorder.reports.first)
        #expect(report.verdict == .notFound)
        #expect(report.subject == .link(try LinkParser.parse("never-listed.example/invest").get()))
        #expect((report.approach, report.payment, report.text) == (.advertisement, CitizenReport.Payment.none, ""))
    }

    @Test func aJournalThatRefusesSendsTheCitizenToThePolice() {
        var chat = Conversation(reports: MemoryReports(fails: true))
        chat.send(Fixture.bank)
        chat.press("⚠ Report")
        chat.press("Other")
        chat.press("Yes, more")
        let answer = Conversation.texts(chat.press("Skip"))
        #expect(answer.first?.hasPrefix("Sorry, your report could not be recorded. Please report it yourself.") == true)
        #expect(answer.first?.contains("the police: call 102") == true)
    }

    @Test func aCommandLeavesTheReportAndOldStepsAreExpired() {
        let recorder = MemoryReports()
        var chat = Conversation(reports: recorder)
        chat.send(Fixture.bank)
        chat.press("⚠ Report")
        chat.press("Other")
        chat.press("No")
        chat.send("/start")
        // Free text now is a message to the bot, and the old "Skip" no longer files anything.
        #expect(Conversation.texts(chat.send(Fixture.revokedMFO)).first?.hasPrefix("❌") == true)
        #expect(Conversation.texts(chat.press("Skip")) == ["This button is no longer active."])
        #expect(recorder.reports.isEmpty)
    }

    @Test func theTextIsCappedAndControlsDropped() {
        let long = String(repeating: "а", count: 600)
        #expect(CitizenReport.cleaned(long).count == CitizenReport.textLimit)
        // Counted in code points, as the server counts: a flag is two, and never split in half.
        let flags = CitizenReport.cleaned(String(repeating: "🇰🇿", count: 400))
        #expect(flags.unicodeScalars.count == CitizenReport.textLimit && flags.count == CitizenReport.textLimit / 2)
        #expect(CitizenReport.cleaned("a\u{7}b\u{0}c\nd") == "abc d")
        // An IIN at the very end of the cap is masked before the cut, never cut into bare digits.
        let edge = String(repeating: "x", count: 495) + Fixture.personIIN
        #expect(!CitizenReport.cleaned(edge).contains(Fixture.personIIN.prefix(5)))
    }
}
