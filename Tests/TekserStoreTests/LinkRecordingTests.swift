import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserStore

/// A link check is journaled with its normalised link (not personal data), and its repeats are counted.
@Suite struct LinkRecordingTests {
    @Test func aLinkIsRecordedNormalisedWithItsVerdictAndSources() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let typed = "https://T.me/s/FastIncome?utm_source=wa"
        let id = try scratch.record(typed)
        try scratch.record("t.me/fastincome", channel: .walkIn)
        let inquiry = try #require(try scratch.journal.inquiry(id: id))
        #expect(inquiry.typed == typed)
        #expect(inquiry.normalised == "telegram:@fastincome")
        #expect(inquiry.identifier == nil && inquiry.kind == nil)
        #expect(inquiry.verdict == .verdict(.criminalCase))
        #expect(inquiry.name == "Инвест Клуб «Быстрый доход»")
        #expect(inquiry.sources.map(\.source) == ["mvd", "warning"])
        let link = try LinkParser.parse(typed).get()
        #expect(try scratch.journal.count(of: link) == 2)
    }

    @Test func anUnusableLinkIsRecordedWithItsProblem() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let inquiry = try #require(try scratch.journal.inquiry(id: scratch.record("@fastincome")))
        #expect(inquiry.verdict == .invalid)
        #expect(inquiry.problem == "platform_needed")
    }
}
