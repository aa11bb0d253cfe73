import Foundation
import Testing
import TestSupport

/// "⚠ Report" in plain mode, then `tekser journal reports`, run as a user would.
@Suite struct CLIReportTests {
    @Test func aReportMadeInPlainModeIsListedCountedAndExported() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-cli-reports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("journal.sqlite").path
        // After the answer: 1 Evidence, 2 What to do, 3 Check another, 4 Report; then Messenger (2), up to 100,000 (2).
        let input = "\(Fixture.investClub)\n4\n2\n2\nПозвонили, мой ИИН \(Fixture.personIIN)\n/quit\n"
        let chat = try Binary.run(["--data", fixture.directory.path, "--lang", "en", "--journal", journal], stdin: input,
                                  environment: ["TERM": "dumb"])
        #expect(chat.status == 0, "\(chat.stderr)")
        #expect(chat.stdout.contains("4) ⚠ Report"))
        #expect(chat.stdout.contains("Thank you: your report is recorded."))
        let list = try Binary.run(["journal", "reports", "--journal", journal, "--lang", "en"])
        #expect(list.status == 0, "\(list.stderr)")
        let rows = list.stdout.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("1 ") && $0.contains("plain mode") && $0.contains(Fixture.investClub)
            && $0.contains("criminal case") && $0.contains("Messenger") && $0.contains("Yes, up to 100,000 ₸") })
        #expect(rows.contains("1 report, per subject:"))
        #expect(rows.last == "\(Fixture.investClub)        1")
        #expect(!list.stdout.contains(Fixture.personIIN))
        let json = try Binary.run(["journal", "reports", "--journal", journal, "--export", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(objects.map { $0["text"] } == ["Позвонили, мой ИИН \(Fixture.maskedPersonIIN)"])
        #expect(objects.map { $0["approach"] } == ["messenger"])
        let none = try Binary.run(["journal", "reports", "--journal", journal, "--lang", "en", "--from", "2100-01-01"])
        #expect(none.stdout == "No reports in this period.\n")
    }
}
