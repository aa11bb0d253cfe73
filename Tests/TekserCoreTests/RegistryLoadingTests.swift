import Foundation
import Testing
import TestSupport
@testable import TekserCore

@Suite struct RegistryLoadingTests {
    @Test func fixtureLoadsEveryRowAndCountsReconcile() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let data = try fixture.load()
        #expect(data.sources.map(\.summary.id) == ["licensed", "warning", "afm", "mvd"])
        #expect(data.reports.map(\.loaded) == [5, 3, 3, 1])
        for report in data.reports {
            #expect(report.rowsRead == report.loaded + report.rejected)
            #expect(report.rejected == 0, "\(report.source.id): \(report.rejections)")
        }
        #expect(data.reports[3].encoding == .cp1251)
        #expect(data.reports[3].delimiter == UInt8(ascii: ";"))
    }

    @Test func badRowsAreRejectedWithLineAndReasonAndTheRestLoads() throws {
        let licensed = Fixture.licensedCSV + Fixture.csv([
            "123,ТОО «Коротко»,,Банковская деятельность,X-1,01.01.2020,действующая,",
            "\(Fixture.validBIN("20014000011")),,,Банковская деятельность,X-2,01.01.2020,действующая,",
            "\(Fixture.validBIN("20014000022")),ТОО «Дата»,,Банковская деятельность,X-3,31.02.2020,действующая,",
            "\(Fixture.validBIN("20014000033")),ТОО «Статус»,,Банковская деятельность,X-4,01.01.2020,непонятно,",
            #"\#(Fixture.bank),"АО ""Тест Банк""",«Тест Банк» АҚ,Банковская деятельность,1.2.3/45,01.02.1995,действующая,"#,
            "\(Fixture.validBIN("20014000044")),ТОО «Мало»,Банковская деятельность",
        ])
        let fixture = try Fixture(licensed: licensed)
        defer { fixture.remove() }
        let report = try fixture.load().reports[0]
        #expect(report.rowsRead == 11)
        #expect(report.loaded == 5)
        #expect(report.rejected == 6)
        #expect(report.rowsRead == report.loaded + report.rejected)
        let byLine = Dictionary(uniqueKeysWithValues: report.rejections.map { ($0.line, $0.problem) })
        #expect(byLine[7].map { if case .badIdentifier(.bin, .wrongLength(digits: 3)) = $0 { true } else { false } } == true)
        #expect(byLine[8] == .missingField(.name))
        #expect(byLine[9] == .badDate(.issueDate, "31.02.2020"))
        #expect(byLine[10] == .unknownValue(.status, "непонятно"))
        #expect(byLine[11] == .duplicate(key: "\(Fixture.bank) / 1.2.3/45", firstLine: 2))
        #expect(byLine[12] == .wrongColumnCount(expected: 8, found: 3))
        #expect(report.duplicates.count == 1)
    }

    @Test func aMissingHeaderFailsTheWholeSource() throws {
        let fixture = try Fixture(afm: "Номер,БИН/ИИН\n1,2\n")
        defer { fixture.remove() }
        #expect(throws: DataLoadError.self) { try fixture.load() }
        do {
            _ = try fixture.load()
        } catch let error as DataLoadError {
            guard case .source(.missingColumn(_, let field, let header)) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(field == .caseNumber)
            #expect(header == "ЕРДР")
        }
    }

    @Test func emptyAndHeaderOnlyFiles() throws {
        let empty = try Fixture(afm: "")
        defer { empty.remove() }
        #expect(throws: DataLoadError.self) { try empty.load() }

        let headerOnly = try Fixture(afm: "ЕРДР,БИН/ИИН,Наименование,Статья,Дата,Статус,Орган\n")
        defer { headerOnly.remove() }
        let report = try headerOnly.load().reports[2]
        #expect(report.rowsRead == 0 && report.loaded == 0 && report.rejected == 0)
    }

    @Test func binaryGarbageNeverCrashesAndCountsReconcile() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let garbage = (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let header = Array("ЕРДР,БИН/ИИН,Наименование,Статья,Дата,Статус,Орган\n".utf8)
            let fixture = try Fixture(mvdBytes: header + garbage)
            defer { fixture.remove() }
            // The manifest forces cp1251 for mvd; any bytes decode. The header must still be found.
            if let report = try? fixture.load().reports[3] {
                #expect(report.rowsRead == report.loaded + report.rejected)
            }
        }
    }

    @Test func manifestErrorsNameTheProblem() throws {
        let broken = Fixture.manifest.replacingOccurrences(of: "case_number: \"ЕРДР\", ", with: "")
        let fixture = try Fixture(manifest: broken)
        defer { fixture.remove() }
        do {
            _ = try fixture.load()
            Issue.record("a manifest without a required mapping loaded")
        } catch let error as DataLoadError {
            guard case .manifest(.missingMapping(_, let source, let field)) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(source == "afm")
            #expect(field == .caseNumber)
        }
    }

    @Test func shippedDemoDataLoadsClean() throws {
        let dataDirectory = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data")
        let data = try DataSet.load(directory: dataDirectory)
        #expect(data.isDemo)
        let warning = try #require(data.sources.first { $0.summary.kind == .warning })
        #expect(warning.report.loaded == 235)
        for report in data.reports {
            #expect(report.rejected == 0, "\(report.source.file): \(report.rejections.prefix(3))")
        }
    }
}
