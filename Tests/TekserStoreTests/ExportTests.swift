import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserStore

@Suite struct ExportTests {
    /// A bank (Kazakh name asked for), an IIN, an invalid line and a note with quotes and a comma.
    static func filled() throws -> JournalScratch {
        let scratch = try JournalScratch()
        try scratch.journal.record(NewInquiry(result: JournalScratch.checker.check(Fixture.bank), typed: Fixture.bank,
                                              operator: "Әсел", channel: .walkIn, note: "сұрақ: «депозит», қай банк?",
                                              at: JournalScratch.monday, language: .kk))
        try scratch.record(Fixture.personIIN, channel: .email)
        try scratch.record("12345", note: #"сказал "срочно", =1+1"#)
        try scratch.record(Fixture.investClub)
        return scratch
    }

    @Test func csvHasABOMAndParsesBackField() throws {
        let scratch = try Self.filled()
        defer { scratch.remove() }
        let inquiries = try scratch.journal.inquiries()
        let export = JournalExport.csv(inquiries)
        #expect(Array(export.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(export.replacedCharacters == 0)
        let document = CSVDocument.parse(export.bytes)
        #expect(document.encoding == .utf8)
        #expect(document.malformed.isEmpty)
        #expect(document.recordCount == 5)
        let rows = (0..<document.recordCount).map { record in document.fields(ofRecord: record).map(document.string) }
        #expect(rows[0] == ExportedInquiry.csvHeader)
        let expected = inquiries.map { ExportedInquiry($0).csvFields }
        #expect(Array(rows[1...2]) == Array(expected[0...1]))
        #expect(rows[1][2] == "Әсел")
        #expect(rows[1][9] == "«Тест Банк» АҚ")
        #expect(rows[2][5] == Fixture.maskedPersonIIN)
        #expect(rows[3][11] == #"сказал "срочно", =1+1"#)
        #expect(rows[4][10] == "mvd 2026-10-20; warning 2026-11-02")
    }

    @Test func aCellThatLooksLikeAFormulaIsDefused() throws {
        let scratch = try JournalScratch()
        defer { scratch.remove() }
        try scratch.record(Fixture.bank, note: "=HYPERLINK(\"http://x\")")
        let document = CSVDocument.parse(JournalExport.csv(try scratch.journal.inquiries()).bytes)
        #expect(document.string(document.field(11, ofRecord: 1)) == "'=HYPERLINK(\"http://x\")")
    }

    @Test func semicolonsForExcelInARussianLocale() throws {
        let scratch = try Self.filled()
        defer { scratch.remove() }
        let document = CSVDocument.parse(JournalExport.csv(try scratch.journal.inquiries(), delimiter: ";").bytes)
        #expect(document.delimiter == UInt8(ascii: ";"))
        #expect(document.fieldCount(ofRecord: 1) == ExportedInquiry.csvHeader.count)
    }

    @Test func cp1251WritesKazakhLettersAsTheirRussianLookAlikesAndCountsThem() throws {
        let scratch = try Self.filled()
        defer { scratch.remove() }
        let export = JournalExport.csv(try scratch.journal.inquiries(), encoding: .cp1251)
        #expect(Array(export.bytes.prefix(2)) == Array("id".utf8), "no byte-order mark in a code page")
        // Ә of Әсел, Қ of АҚ, ұ and қ of сұрақ, қ of қай; the bullets of a masked IIN exist in 1251.
        let text = String(data: Data(export.bytes), encoding: .windowsCP1251)!
        #expect(text.contains(",Асел,"))
        #expect(text.contains("«Тест Банк» АК"))
        #expect(text.contains("сурак: «депозит», кай банк?"))
        #expect(text.contains(Fixture.maskedPersonIIN))
        #expect(export.replacedCharacters == 5)
    }

    @Test func jsonDecodesBackToTheSameRecords() throws {
        let scratch = try Self.filled()
        defer { scratch.remove() }
        let inquiries = try scratch.journal.inquiries()
        let decoded = try JSONDecoder().decode([ExportedInquiry].self, from: Data(JournalExport.json(inquiries)))
        #expect(decoded == inquiries.map(ExportedInquiry.init))
        #expect(decoded[0].recordedAt == "2026-11-02T10:00:00Z")
        #expect(decoded[0].time == "2026-11-02 15:00:00")
        #expect(decoded[3].sources.map(\.asOf) == ["2026-10-20", "2026-11-02"])
        let object = try JSONSerialization.jsonObject(with: Data(JournalExport.json(inquiries))) as! [[String: Any]]
        #expect(object[0]["operator"] as? String == "Әсел")
        #expect(object[2]["verdict"] as? String == "invalid")
    }
}
