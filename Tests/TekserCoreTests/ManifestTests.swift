import Foundation
import Testing
import TestSupport
@testable import TekserCore

@Suite struct ManifestTests {
    @Test func theShippedManifestDescribesFourSources() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let manifest = try Manifest.load(directory: root.appendingPathComponent("data"))
        #expect(manifest.dataset.demo)
        #expect(manifest.sources.map(\.kind) == [.licensed, .warning, .criminalCase, .criminalCase])
        #expect(manifest.sources.map(\.publisher) == [.ARDFM, .ARDFM, .AFM, .MVD])
        let mvd = manifest.sources[3]
        #expect(mvd.encoding == .cp1251)
        #expect(mvd.delimiter == UInt8(ascii: ";"))
        #expect(mvd.asOf == CalendarDate(year: 2026, month: 10, day: 20))
        #expect(manifest.sources[1].columns[.links] == ["Сайт", "Әлеуметтік желілер"])
        #expect(manifest.sources[0].maxRejectedPercent == 1)
    }

    @Test(arguments: [
        ("kind: licenced", "licenced"),
        ("as_of: 2026-13-01", "not a date"),
        ("delimiter: \"|\"", "delimiter must be"),
        // A share of rows: an infinite or negative one would stop the report that prints it.
        ("delimiter: \";\"\n    max_rejected_percent: -.inf", "max_rejected_percent must be from 0 to 100"),
        ("delimiter: \";\"\n    max_shrink_percent: 250", "max_shrink_percent must be from 0 to 100"),
    ])
    func malformedEntriesAreNamed(replacement: String, expected: String) throws {
        var text = Fixture.manifest
        switch replacement.prefix(4) {
        case "kind": text = text.replacingOccurrences(of: "kind: licensed", with: replacement)
        case "as_o": text = text.replacingOccurrences(of: "as_of: 2026-11-01", with: replacement)
        default: text = text.replacingOccurrences(of: "delimiter: \";\"", with: replacement)
        }
        do {
            _ = try Manifest.parse(text, path: "m.yaml")
            Issue.record("accepted \(replacement)")
        } catch {
            guard case .malformed(let path, let detail) = error else { Issue.record("\(error)"); return }
            #expect(path == "m.yaml")
            #expect(detail.contains(expected), "\(detail)")
        }
    }

    @Test func aDataSetsShareOfRowsIsCheckedAsItsOwn() {
        let text = Fixture.manifest.replacingOccurrences(of: "  demo: true", with: "  demo: true\n  max_shrink_percent: 500")
        #expect(throws: ManifestError.malformed(path: "m.yaml", detail: ": dataset: max_shrink_percent must be from 0 to 100, not 500.0")) {
            try Manifest.parse(text, path: "m.yaml")
        }
    }

    @Test func aFieldTheKindDoesNotHaveIsRefused() {
        let text = Fixture.manifest.replacingOccurrences(of: "note: \"Note\"", with: "note: \"Note\", article: \"Note\"")
        #expect(throws: ManifestError.fieldNotForKind(path: "m.yaml", source: "warning", field: .article)) {
            try Manifest.parse(text, path: "m.yaml")
        }
    }

    @Test func duplicateSourceIdsAreRefused() {
        let text = Fixture.manifest.replacingOccurrences(of: "id: mvd", with: "id: afm")
        #expect(throws: ManifestError.duplicateSource(path: "m.yaml", id: "afm")) {
            try Manifest.parse(text, path: "m.yaml")
        }
    }

    @Test func extraSpellingsFromTheManifestAreUnderstood() throws {
        let manifest = Fixture.manifest.replacingOccurrences(
            of: "status_date: \"Дата статуса\"}",
            with: "status_date: \"Дата статуса\"}\n    values:\n      status:\n        revoked: [\"лишена лицензии\"]")
        let licensed = Fixture.licensedCSV.replacingOccurrences(of: "отозвана", with: "Лишена лицензии")
        let fixture = try Fixture(manifest: manifest, licensed: licensed)
        defer { fixture.remove() }
        let data = try fixture.load()
        #expect(data.reports[0].rejected == 0)
        guard case .verdict(let verdict) = Checker(data: data).check(Fixture.revokedMFO) else { Issue.record("invalid"); return }
        #expect(verdict.kind == .licenceRevoked)
    }

    @Test func kazakhCodePageFilesLoadThroughTheManifest() throws {
        let manifest = Fixture.manifest.replacingOccurrences(of: "encoding: cp1251", with: "encoding: kz1048")
        let text = Fixture.mvdCSV.replacingOccurrences(of: "Инвест Клуб «Быстрый доход»", with: "«Жылдам табыс» инвест-клубы")
        let bytes = try #require(TextEncoding.kz1048.encode(text))
        let fixture = try Fixture(manifest: manifest, mvdBytes: bytes)
        defer { fixture.remove() }
        let evidence = try fixture.load().evidence(for: try IdentifierParser.parse(Fixture.investClub).get().number)
        #expect(evidence.contains { $0.details.name(in: .kk) == "«Жылдам табыс» инвест-клубы" })
    }
}
