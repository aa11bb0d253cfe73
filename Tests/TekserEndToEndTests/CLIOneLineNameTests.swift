import Foundation
import Testing
import TestSupport

/// A name with a quoted line break (`"ТОО ""Много` / `строк"""`) is one line wherever it is a
/// title, a list item or a table cell; the evidence keeps it as stored.
@Suite struct CLIOneLineNameTests {
    static let bin = Fixture.unknown
    static let fixture = try! Fixture(licensed: Fixture.licensedCSV
        + "\(bin),\"ТОО \"\"Много\nстрок\"\"\",«Көп жол» ЖШС,Микрофинансовая деятельность,МФО-3,01.01.2020,действующая,\n")

    @Test func theHeadlineAndTheFindResultsAreOneLine() throws {
        let check = try Binary.run(["check", "--data", Self.fixture.directory.path, "--lang", "ru", Self.bin])
        #expect(check.status == 0, "\(check.stderr)")
        let lines = check.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "  ТОО \"Много строк\"")
        #expect(check.stdout.contains("Наименование (рус.): ТОО \"Много\nстрок\""), "the evidence keeps the value as stored")
        let find = try Binary.run(["find", "--data", Self.fixture.directory.path, "--lang", "ru", "Много строк"])
        #expect(find.stdout.contains("1. ✅ ТОО \"Много строк\" — "), "\(find.stdout)")
    }

    @Test func theJournalListShowsItOnOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-oneline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = folder.appendingPathComponent("j.sqlite").path
        let batch = try Binary.run(["check", "--data", Self.fixture.directory.path, "--file", "-", "--journal", journal, "--lang", "ru"], stdin: Self.bin)
        #expect(batch.status == 0, "\(batch.stderr)")
        let list = try Binary.run(["journal", "list", "--journal", journal, "--lang", "ru"])
        let rows = list.stdout.split(separator: "\n")
        #expect(rows.count == 3, "\(list.stdout)")
        #expect(rows.last?.contains("ТОО \"Много строк\"") == true, "\(list.stdout)")
    }
}
