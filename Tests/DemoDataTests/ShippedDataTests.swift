import TekserCore
import Foundation
import Testing
@testable import DemoData

/// Checks of the shipped `data/` folder: it matches the manifest, it is what the generator
/// makes, and it has the shape the brief asks for.
@Suite struct ShippedDataTests {
    @Test func regeneratingReproducesTheShippedFilesByteForByte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demodata-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DemoDataSet().write(to: folder)
        for name in DemoDataSet.fileNames {
            let fresh = try Data(contentsOf: folder.appendingPathComponent(name))
            let shipped = try Data(contentsOf: DataFolder.url.appendingPathComponent(name))
            #expect(fresh == shipped, "data/\(name) differs from a fresh `swift run demo-data`")
        }
    }

    @Test func anotherSeedGivesOtherData() {
        #expect(DemoDataSet(seed: 1).licensed.map(\.bin) != DemoDataSet().licensed.map(\.bin))
    }

    @Test(arguments: RegisterFile.all)
    func headersEncodingAndDelimiterMatchTheManifest(file: RegisterFile) throws {
        let source = try #require(try Manifest.sources().first { $0.file == file.name })
        let table = try DataFolder.table(file)
        #expect(Set(table.header) == Set(source.headers))
        #expect(table.header.count == source.headers.count)
        #expect(source.encoding == (file.encoding == .cp1251 ? "cp1251" : nil))
        #expect(source.delimiter == (file.delimiter == UInt8(ascii: ";") ? ";" : nil))
        #expect(table.rows.allSatisfy { $0.count == table.header.count })
    }

    @Test func theMVDFileIsCodePage1251WithoutKazakhLetters() throws {
        let data = try Data(contentsOf: DataFolder.url.appendingPathComponent(RegisterFile.mvdCases.name))
        let text = try #require(String(data: data, encoding: .windowsCP1251))
        #expect(text.hasPrefix("№ КУИ/ЕРДР;"))
        #expect(String(data: data, encoding: .utf8) == nil, "the file should not be UTF-8")
        #expect(!text.contains { "әғқңөұүһӘҒҚҢӨҰҮҺ".contains($0) })
    }

    @Test func theWarningListHasExactly235NumberedSubjectsManyWithoutBIN() throws {
        let table = try DataFolder.table(.warningList)
        #expect(table.column("Р/с №") == (1...235).map(String.init))
        let withoutBIN = table.column("БСН").filter(\.isEmpty).count
        #expect((70...120).contains(withoutBIN), "about 40 % without a BIN, got \(withoutBIN)")
        #expect(table.rows.allSatisfy { !($0["Сайт"]! + $0["Әлеуметтік желілер"]!).isEmpty })
        #expect(table.column("Сайт").contains { $0.contains("\n") }, "some cells hold several links on lines")
        #expect(table.column("Сайт").contains { $0.contains(".қаз") })
    }

    @Test(arguments: [(RegisterFile.licensed, 350...450), (.afmCases, 50...70), (.mvdCases, 70...90)])
    func registersHaveTheirSize(file: RegisterFile, expected: ClosedRange<Int>) throws {
        #expect(expected.contains(try DataFolder.table(file).rows.count))
    }

    @Test func everyLicenceTypeAndStatusOccurs() throws {
        let table = try DataFolder.table(.licensed)
        #expect(Set(table.column("Вид деятельности")) == Set(LicenceType.generated.map(\.activity)))
        #expect(Set(table.column("Статус")) == Set(LicenceStatus.allCases.map(\.text)))
        for row in table.rows {
            #expect((row["Статус"] == "действующая") == row["Дата изменения статуса"]!.isEmpty)
        }
    }

    @Test func datesAreDottedAndNotAfterTheExport() throws {
        let columns: [(RegisterFile, [String])] = [
            (.licensed, ["Дата выдачи", "Дата изменения статуса"]), (.warningList, ["Енгізілген күні"]),
            (.afmCases, ["Дата регистрации"]), (.mvdCases, ["Дата"]),
        ]
        for (file, names) in columns {
            let table = try DataFolder.table(file)
            for value in names.flatMap(table.column) where !value.isEmpty {
                let parts = value.split(separator: ".").compactMap { Int($0) }
                try #require(parts.count == 3 && value.count == 10, "\(value)")
                #expect(CalendarDate(year: parts[2], month: parts[1], day: parts[0]) <= file.lastDay, "\(value) in \(file.name)")
            }
        }
    }

    @Test func deliberateOverlapsArePresent() throws {
        let licensed = try DataFolder.table(.licensed), warning = try DataFolder.table(.warningList)
        let afm = try DataFolder.table(.afmCases), mvd = try DataFolder.table(.mvdCases)
        let afmIDs = Set(afm.column("БИН/ИИН")), mvdIDs = mvd.column("ИИН/БИН")
        let cased = afmIDs.union(mvdIDs)
        let revokedMFOs = licensed.rows.filter { $0["Статус"] == "отозвана" && $0["Вид деятельности"] == "Микрофинансовая деятельность" }
        #expect(revokedMFOs.contains { cased.contains($0["БИН"]!) }, "a revoked MFO with a case")
        #expect(licensed.rows.contains { $0["Статус"] == "действующая" && cased.contains($0["БИН"]!) })
        #expect(!afmIDs.isDisjoint(with: mvdIDs), "a subject in both AFM and MVD")
        #expect(Set(warning.column("БСН")).intersection(cased).count >= 20, "warning-list subjects with cases")
        #expect(Dictionary(grouping: mvdIDs, by: { $0 }).values.contains { $0.count == 2 }, "two MVD cases for one BIN")
        #expect(Set(afm.column("Номер ЕРДР")).count == afm.rows.count)
        #expect(Set(mvd.column("№ КУИ/ЕРДР")).count == mvd.rows.count)
    }
}

/// The parts of `data/manifest.yaml` the tests compare with, read line by line.
enum Manifest {
    struct Source {
        var file = ""
        var encoding: String?
        var delimiter: String?
        var headers: [String] = []
    }

    static func sources() throws -> [Source] {
        let text = try String(contentsOf: DataFolder.url.appendingPathComponent("manifest.yaml"), encoding: .utf8)
        var sources: [Source] = []
        var inColumns = false
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("- id:") { sources.append(Source()); inColumns = false; continue }
            guard !sources.isEmpty, !line.hasPrefix("#") else { continue }
            let value = line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if line.hasPrefix("file:") { sources[sources.count - 1].file = value }
            if line.hasPrefix("encoding:") { sources[sources.count - 1].encoding = value }
            if line.hasPrefix("delimiter:") { sources[sources.count - 1].delimiter = value.trimmingCharacters(in: ["\""]) }
            if line.hasPrefix("columns:") { inColumns = true; continue }
            if inColumns { sources[sources.count - 1].headers += quotedStrings(in: value) }
        }
        return sources
    }

    private static func quotedStrings(in text: String) -> [String] {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
