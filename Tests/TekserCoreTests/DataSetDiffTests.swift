import Foundation
import Testing
import TestSupport
@testable import TekserCore

/// Two versions of the fixture: the suspended MFO's licence revoked, the bank renamed, one
/// warning-list subject gone, one added, one AFM case added.
struct TwoVersions {
    let old: Fixture
    let new: Fixture

    static let newCase = "257500031000104,\(Fixture.unknown),ТОО «Пирамида Два»,217 ч.1,2026-11-20,досудебное расследование,ДЭР по г. Алматы"

    init() throws {
        old = try Fixture()
        let licensed = Fixture.licensedCSV
            .replacingOccurrences(of: "МФО-002,11.03.2021,приостановлена,15.02.2024", with: "МФО-002,11.03.2021,отозвана,15.11.2026")
            .replacingOccurrences(of: #""АО ""Тест Банк""""#, with: #""АО ""Тест Банк Плюс""""#)
        let warning = Fixture.warningCSV.replacingOccurrences(of: "3,Crypto Oasis,,https://crypto-oasis.example,@cryptooasis,2026-03-03,\n", with: "")
            + "7,Новый Клуб,,https://new-club.example,,2026-11-25,\n"
        new = try Fixture(licensed: licensed, warning: warning, afm: Fixture.afmCSV + TwoVersions.newCase + "\n")
    }

    func diff() throws -> DataSetDiff { DataSetDiff(old: try old.load(), new: try new.load()) }

    func remove() {
        old.remove()
        new.remove()
    }
}

@Suite struct DataSetDiffTests {
    let catalog = try! Catalog.bundled()

    @Test func rowsAreMatchedByTheirKeysAndEachChangedFieldIsNamed() throws {
        let versions = try TwoVersions()
        defer { versions.remove() }
        let diff = try versions.diff()
        let licensed = try #require(diff.sources.first { $0.id == "licensed" })
        #expect(licensed.added.isEmpty && licensed.removed.isEmpty)
        #expect(licensed.changed.map(\.key).sorted() == ["\(Fixture.bank) 1.2.3/45", "\(Fixture.suspendedMFO) МФО-002"].sorted())
        let mfo = try #require(licensed.changed.first { $0.key.hasPrefix(Fixture.suspendedMFO) })
        #expect(mfo.fields == [
            SourceDiff.FieldChange(field: .status, old: "приостановлена", new: "отозвана"),
            SourceDiff.FieldChange(field: .statusDate, old: "15.02.2024", new: "15.11.2026"),
        ])
        let warning = try #require(diff.sources.first { $0.id == "warning" })
        #expect(warning.added.map(\.key) == ["№7"])
        #expect(warning.removed.map(\.key) == ["№3"])
        #expect(warning.changed.isEmpty)
        #expect(diff.sources.first { $0.id == "afm" }?.added.map(\.key) == ["257500031000104"])
        #expect(diff.sources.first { $0.id == "mvd" }?.isEmpty == true)
    }

    @Test func theCountsSayWhatAnswersFeel() throws {
        let versions = try TwoVersions()
        defer { versions.remove() }
        let counts = try versions.diff().counts
        var expected = ChangeCounts()
        expected.licencesRevoked = 1
        expected.subjectsAdded = 1
        expected.subjectsRemoved = 1
        expected.casesAdded = 1
        expected.otherChanges = 1
        #expect(counts == expected)
        #expect(catalog.text(counts.message, in: .en)
            == "1 licence revoked, 1 subject added, 1 subject removed, 1 criminal case added, 1 row changed")
        #expect(catalog.text(counts.message, in: .ru).hasPrefix("1 лицензия отозвана, 1 субъект добавлен"))
    }

    @Test func theSameFolderTwiceHasNoDifferences() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let diff = DataSetDiff(old: try fixture.load(), new: try fixture.load())
        #expect(diff.isEmpty)
        #expect(catalog.text(diff.counts.message, in: .en) == "no rows changed")
    }

    @Test func aSwapCarriesWhatChangedIntoItsMessage() throws {
        let versions = try TwoVersions()
        defer { versions.remove() }
        let live = LiveData(try versions.old.load())
        let watcher = DataWatcher(live: live, timing: .init(poll: 0.05, settle: 0))
        for file in ["licensed.csv", "warning.csv", "afm.csv"] {
            let target = versions.old.directory.appendingPathComponent(file)
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: versions.new.directory.appendingPathComponent(file), to: target)
        }
        watcher.poll()
        let event = try #require(watcher.poll())
        #expect(event.kind == .swapped)
        #expect(event.changes?.licencesRevoked == 1)
        #expect(catalog.text(event.message, in: .en).hasPrefix("New data in use (version 2, sources: 4): 1 licence revoked, 1 subject added"))
    }

    @Test func answersSaySinceWhen() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let checker = Checker(data: try fixture.load())
        func lines(_ bin: String, _ language: Language) -> [String] {
            guard case .verdict(let verdict) = checker.check(bin) else { return [] }
            return AnswerWriter(catalog: catalog, language: language).summary(verdict)
        }
        #expect(lines(Fixture.revokedMFO, .ru).contains("Лицензия отозвана 01.06.2024."))
        #expect(lines(Fixture.suspendedMFO, .en).contains("Licence suspended on 2024-02-15."))
        #expect(lines(Fixture.investClub, .ru).contains("В списке предупреждений с 15.01.2026."))
        #expect(lines(Fixture.investClub, .kk).contains("Ескерту тізімінде 15.01.2026 бастап."))
        // An active licence has nothing to date.
        #expect(!lines(Fixture.bank, .en).contains { $0.hasPrefix("Licence") })
    }
}
