import Foundation
import Testing
import TekserCore
import TestSupport

/// `tekser data diff` and `tekser journal changed`, run as a user would.
@Suite struct CLIDataDiffTests {
    static let old = try! Fixture()
    /// The suspended MFO's licence revoked; the person's case closed and gone from the AFM file.
    static let new = try! Fixture(
        licensed: Fixture.licensedCSV.replacingOccurrences(
            of: "МФО-002,11.03.2021,приостановлена,15.02.2024", with: "МФО-002,11.03.2021,отозвана,15.11.2026"),
        afm: Fixture.afmCSV.split(separator: "\n").filter { !$0.contains(Fixture.personIIN) }.joined(separator: "\n") + "\n")

    @Test func theDiffListsEachChangedFieldAndTheSummary() throws {
        let out = try Binary.run(["data", "diff", Self.old.directory.path, Self.new.directory.path, "--lang", "en"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("  ~ \(Fixture.suspendedMFO) МФО-002 ТОО «МФО Пауза» (line 4)"))
        #expect(lines.contains("      Status: приостановлена → отозвана"))
        #expect(lines.contains("  - 257500031000103 Иванов И.И. (line 4)"))
        #expect(lines.last == "In all: 1 licence revoked, 1 criminal case removed")
        #expect(!out.stdout.contains(Fixture.personIIN))
    }

    @Test func theJSONDiffHasCountsAndMasksPersons() throws {
        let out = try Binary.run(["data", "diff", "--json", Self.old.directory.path, Self.new.directory.path])
        #expect(out.status == 0, "\(out.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
        let sources = try #require(report["sources"] as? [[String: Any]])
        let afm = try #require(sources.first { $0["id"] as? String == "afm" })
        #expect(afm["counts"] as? [String: Int] == ["added": 0, "removed": 1, "changed": 0])
        let removed = try #require((afm["removed"] as? [[String: Any]])?.first?["fields"] as? [String: String])
        #expect(removed["id"] == Fixture.maskedPersonIIN)
        let licensed = try #require(sources.first { $0["id"] as? String == "licensed" })
        let changed = try #require((licensed["changed"] as? [[String: Any]])?.first?["fields"] as? [String: [String]])
        #expect(changed["status"] == ["приостановлена", "отозвана"])
        #expect((report["summary"] as? [String: Int])?["licencesRevoked"] == 1)
    }

    @Test func aFolderThatCannotBeLoadedIsStatusOne() throws {
        let out = try Binary.run(["data", "diff", Self.old.directory.path, "/nonexistent/tekser"])
        #expect(out.status == 1)
        #expect(!out.stderr.isEmpty)
    }

    @Test func journalChangedListsTheInquiriesToCallBack() throws {
        let scratch = try ScratchFolder("cli-changed")
        defer { scratch.remove() }
        let folder = scratch.url
        let journal = folder.appendingPathComponent("journal.sqlite").path
        let input = [Fixture.suspendedMFO, Fixture.bank, Fixture.personIIN, "https://crypto-oasis.example"].joined(separator: "\n")
        let recorded = try Binary.run(["check", "--data", Self.old.directory.path, "--file", "-", "--journal", journal, "--operator", "aigerim"],
                                      stdin: input)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let out = try Binary.run(["journal", "changed", "--journal", journal, "--data", Self.new.directory.path, "--lang", "en"])
        #expect(out.status == 0, "\(out.stderr)")
        let rows = out.stdout.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("1 ") && $0.contains(Fixture.suspendedMFO) && $0.contains("licence suspended") && $0.contains("licence revoked") })
        #expect(rows.contains { $0.hasPrefix("3 ") && $0.contains(Fixture.maskedPersonIIN) && $0.contains("not found") })
        #expect(!out.stdout.contains(Fixture.bank) && !out.stdout.contains("crypto-oasis"))
        #expect(rows.last == "2 inquiries to call back about.")
        #expect(!out.stdout.contains(Fixture.personIIN))
        let same = try Binary.run(["journal", "changed", "--journal", journal, "--data", Self.old.directory.path, "--lang", "en"])
        #expect(same.stdout == "No past inquiry gets another verdict on this data.\n")
        let later = try Binary.run(["journal", "changed", "--journal", journal, "--data", Self.new.directory.path, "--since", "2100-01-01"])
        #expect(later.status == 0)
        #expect(!later.stdout.contains(Fixture.suspendedMFO))
    }
}
