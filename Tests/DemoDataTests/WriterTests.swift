import Foundation
import Testing
import TekserCore
@testable import DemoData

@Suite struct WriterTests {
    static func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("demodata-\(UUID().uuidString).csv")
    }

    static let cp1251Characters = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя№«»–— azAZ09;\"."

    @Test func theCodePage1251TableAgreesWithFoundation() throws {
        var bytes: [UInt8] = []
        try TextEncoding.cp1251.append(Self.cp1251Characters, to: &bytes)
        #expect(bytes.count == Self.cp1251Characters.unicodeScalars.count)
        #expect(String(data: Data(bytes), encoding: .windowsCP1251) == Self.cp1251Characters)
    }

    @Test(arguments: ["Қазақ", "ә", "ү", "😀"])
    func kazakhLettersCannotGoIntoCodePage1251(text: String) {
        var bytes: [UInt8] = []
        #expect(throws: DemoDataError.self) { try TextEncoding.cp1251.append(text, to: &bytes) }
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() throws {
        let url = Self.temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        try RegisterFile.mvdCases.write(to: url) { writer in
            try writer.write(["1", "2", "ТОО \"Демо\"", "a;b", "x\ny", "plain, comma", ""])
        }
        let text = try #require(String(data: try Data(contentsOf: url), encoding: .windowsCP1251))
        #expect(text.hasSuffix("\r\n1;2;\"ТОО \"\"Демо\"\"\";\"a;b\";\"x\ny\";plain, comma;\r\n"))
        let table = CSVTable(text: text, delimiter: ";")
        #expect(table.rows.first?["Субъект"] == "ТОО \"Демо\"")
        #expect(table.rows.first?["Дата"] == "x\ny")
    }

    @Test func theLicensedFileStartsWithAByteOrderMark() throws {
        let data = try Data(contentsOf: DataFolder.url.appendingPathComponent(RegisterFile.licensed.name))
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF] + Array("БИН,".utf8)))
    }
}

@Suite struct RegisterGeneratorTests {
    @Test(arguments: RegisterGenerator.Register.allCases)
    func writesTheRowsAskedForWithDistinctValidIdentifiers(register: RegisterGenerator.Register) throws {
        let url = WriterTests.temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        try RegisterGenerator(register, seed: 11).write(rows: 3000, to: url)
        let table = try DataFolder.table(register.file, at: url)
        #expect(table.rows.count == 3000)
        #expect(table.header == register.file.columns)
        let ids = table.column(table.header[register == .warningList ? 2 : register == .licensed ? 0 : 1]).filter { !$0.isEmpty }
        #expect(ids.allSatisfy(Decode.checkDigitHolds))
        if register == .licensed || register == .warningList {
            #expect(Set(ids).count == ids.count)
        }
    }

    @Test func theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws {
        let urls = (0..<3).map { _ in WriterTests.temporaryFile() }
        defer { urls.forEach { try? FileManager.default.removeItem(at: $0) } }
        for (url, seed) in zip(urls, [5, 5, 6] as [UInt64]) {
            try RegisterGenerator(.warningList, seed: seed).write(rows: 500, to: url)
        }
        let files = try urls.map { try Data(contentsOf: $0) }
        #expect(files[0] == files[1])
        #expect(files[0] != files[2])
    }

    @Test func theFileNameIsTheManifestOne() {
        #expect(RegisterGenerator(.mvdCases, seed: 1).fileName == "mvd-criminal-cases.csv")
    }
}
