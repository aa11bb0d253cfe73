import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserStore

@Suite struct PrivacyTests {
    static let iin = Fixture.personIIN
    static let masked = Fixture.maskedPersonIIN
    /// The IIN with its check digit changed: a typo, but still someone's personal number.
    static let mistypedIIN = String(iin.prefix(11)) + String((Int(String(iin.last!))! + 1) % 10)
    static let maskedMistypedIIN = "•••• •••• " + String(mistypedIIN.suffix(4))

    @Test func theIINIsNowhereInClearInTheDatabaseFiles() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        let grouped = Self.iin.prefix(6) + " " + Self.iin.dropFirst(6)
        try scratch.record(Self.iin, note: "спрашивали про \(Self.iin) и \(grouped)")
        try scratch.record("ЖСН: " + grouped)
        try scratch.record(Self.mistypedIIN)
        try scratch.record(Self.iin + "x", note: "перезвонить")
        let id = try scratch.record(Fixture.bank)
        try scratch.journal.update(note: "это ИИН \(Self.iin)", for: id)

        func assertClean(_ files: [String: Data], _ moment: String) {
            #expect(files[scratch.url.lastPathComponent] != nil)
            for (name, data) in files {
                for needle in [Self.iin, Self.mistypedIIN, String(Self.iin.prefix(6)), String(Self.iin.prefix(8)), String(Self.iin.dropFirst(6))] {
                    #expect(data.range(of: Data(needle.utf8)) == nil, "\(needle) found in \(name) \(moment)")
                }
            }
        }
        let open = scratch.rawFiles()
        #expect(open[scratch.url.lastPathComponent + "-wal"] != nil, "the WAL is checked while the journal is open")
        assertClean(open, "while open")
        #expect(try scratch.journal.inquiries().allSatisfy { !$0.typed.contains(Self.iin) && !$0.note.contains(Self.iin) })
    }

    @Test(arguments: [
        (PrivacyTests.iin, PrivacyTests.masked),
        ("ИИН " + PrivacyTests.iin, PrivacyTests.masked),
        (String(PrivacyTests.iin.prefix(6)) + "-" + String(PrivacyTests.iin.dropFirst(6)), PrivacyTests.masked),
        (PrivacyTests.mistypedIIN, PrivacyTests.maskedMistypedIIN),
        ("клиент " + PrivacyTests.iin + ", перезвонить", "клиент " + PrivacyTests.masked + ", перезвонить"),
        ("ИИН " + PrivacyTests.iin.prefix(6) + " " + PrivacyTests.iin.dropFirst(6) + " и БИН " + Fixture.bank, "ИИН " + PrivacyTests.masked + " и БИН " + Fixture.bank),
        (PrivacyTests.iin + " " + Fixture.bank, PrivacyTests.masked + " " + Fixture.bank),
        (Fixture.bank, Fixture.bank),
        ("БИН " + Fixture.bank, "БИН " + Fixture.bank),
        ("тел. 8 701 123 45 67", "тел. 8 701 123 45 67"),
        ("12345", "12345"),
    ])
    func freeTextIsMaskedOnlyWhereAPersonsNumberIs(text: String, expected: String) {
        #expect(PersonalData.masked(text) == expected)
    }
}
