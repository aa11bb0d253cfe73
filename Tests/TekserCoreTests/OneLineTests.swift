import Testing
import TekserCore
import TestSupport

@Suite struct OneLineTests {
    @Test(arguments: [
        ("ТОО \"Много\nстрок\"", "ТОО \"Много строк\""), ("a \r\n  b", "a b"), ("a\n\nb\n", "a b"), ("no break", "no break"),
        ("\u{2028}x", "x"),
    ])
    func lineBreaksBecomeOneSpace(text: String, expected: String) {
        #expect(text.oneLine == expected)
    }

    /// Titles (names in answers, search results and their buttons) are one line; the evidence is as stored.
    @Test func namesAreOneLineAndTheEvidenceIsAsStored() throws {
        let fixture = try Fixture(warning: Fixture.warningCSV + "4,\"Много\nстрок\",,https://mnogo.example,,2026-04-04,\n")
        defer { fixture.remove() }
        let checker = Checker(data: try fixture.load())
        let result = try #require(checker.findNames("Много строк").first)
        #expect(result.name == "Много строк")
        #expect(result.evidence.details.name(in: .ru) == "Много строк")
        #expect(result.evidence.fields.first { $0.field == .name }?.value == "Много\nстрок")
    }
}
