import Foundation
import Testing
import TekserCore
import TestSupport

@Suite struct CLICheckTests {
    static let fixture = try! Fixture()
    var data: String { Self.fixture.directory.path }

    @Test func aValidBINPrintsTheVerdictAndEvidenceAndExitsZero() throws {
        let out = try Binary.run(["check", "--data", data, "--lang", "en", "БИН: 940 140-000 385"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("[OK] Holds an active licence") || out.stdout.hasPrefix("✅ Holds an active licence"))
        #expect(out.stdout.contains("licensed.csv, line 2"))
        #expect(out.stdout.contains("registered 1994-01, resident legal entity, head office"))
        #expect(!out.stdout.contains("\u{1B}["), "no colour when piped")
    }

    @Test func jsonFollowsTheDocumentedShape() throws {
        let out = try Binary.run(["check", "--json", "--data", data, "--lang", "en", Fixture.investClub])
        #expect(out.status == 0)
        let report = try JSONDecoder().decode(CheckReport.self, from: Data(out.stdout.utf8))
        #expect(report.valid)
        #expect(report.verdict == "criminal_case")
        #expect(report.matches?.map(\.source) == ["mvd", "warning"])
        #expect(report.matches?.first?.line == 2)
        #expect(report.searched?.filter(\.matched).count == 2)
        #expect(report.demo)
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Binary.repositoryRoot.appendingPathComponent("docs/check-report.schema.json"))) as! [String: Any]
        let documented = Set((schema["properties"] as! [String: Any]).keys)
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        #expect(Set(object.keys).isSubset(of: documented), "undocumented keys: \(Set(object.keys).subtracting(documented))")
    }

    @Test func severalInputsGiveAJSONArray() throws {
        let out = try Binary.run(["check", "--json", "--data", data, Fixture.bank, Fixture.unknown])
        let reports = try JSONDecoder().decode([CheckReport].self, from: Data(out.stdout.utf8))
        #expect(reports.map(\.verdict) == ["licensed", "not_found"])
    }

    @Test func anInvalidInputExitsTwoWithTheReasonOnStderr() throws {
        let out = try Binary.run(["check", "--data", data, "--lang", "ru", "94014000038"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("11 цифр"))
    }

    @Test(arguments: ["inf", "nan", "1e17"])
    func aDeliveryWaitOutOfRangeIsAUsageError(seconds: String) throws {
        let scratch = try ScratchFolder("deliver-timeout")
        defer { scratch.remove() }
        let out = try Binary.run(["check", Fixture.bank, "--data", Self.fixture.directory.path, "--lang", "en",
                                  "--journal", scratch.appending("j.sqlite").path, "--deliver-timeout", seconds])
        #expect(out.status == 64)
        #expect(out.stderr.hasPrefix("Error: --deliver-timeout must be a number of seconds from 0 to 86400.\n"), "\(out.stderr)")
    }

    /// A device or a pipe is read as a file is: `/dev/null` is an empty batch, not "permission denied".
    @Test func aBatchFromADeviceIsReadAsAFile() throws {
        let out = try Binary.run(["check", "--file", "/dev/null", "--data", Self.fixture.directory.path, "--lang", "en"])
        #expect(out.status == 0 && out.stdout.isEmpty && out.stderr.isEmpty, "\(out.status) \(out.stderr)")
    }

    @Test func anIINIsNeverPrintedWhole() throws {
        let out = try Binary.run(["check", "--json", "--data", data, Fixture.personIIN])
        #expect(out.status == 0)
        #expect(!out.stdout.contains(Fixture.personIIN))
        #expect(out.stdout.contains("\"id\" : \"" + Fixture.maskedPersonIIN + "\""))
        #expect(!out.stdout.contains(String(Fixture.personIIN.prefix(4))), "not even the first digits: they are the birth date")
        #expect(!out.stdout.contains("1985") && !out.stdout.contains("male"), "nothing the IIN encodes")
    }

    @Test func dataThatCannotBeLoadedExitsOne() throws {
        let out = try Binary.run(["check", "--data", "/nonexistent", "--lang", "en", Fixture.bank])
        #expect(out.status == 1)
        #expect(out.stderr.contains("cannot read the manifest"))
    }

    @Test func batchFromStdinReportsEveryLineInOrder() throws {
        let input = [Fixture.bank, "", "12345", Fixture.investClub, "hello"].joined(separator: "\n")
        let out = try Binary.run(["check", "--data", data, "--file", "-"], stdin: input)
        #expect(out.status == 2)
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        let reports = try lines.map { try JSONDecoder().decode(CheckReport.self, from: Data($0.utf8)) }
        #expect(reports.map(\.input) == [Fixture.bank, "12345", Fixture.investClub, "hello"])
        #expect(reports.map(\.valid) == [true, false, true, false])
        #expect(reports[1].problem == "wrong_length")
        #expect(reports[3].problem == "unexpected_character")
    }

    @Test func batchAsCSV() throws {
        let file = Self.fixture.directory.appendingPathComponent("inputs.txt")
        try "\(Fixture.cloneTarget)\nБИН 1\n".write(to: file, atomically: true, encoding: .utf8)
        let out = try Binary.run(["check", "--data", data, "--lang", "en", "--file", file.path, "--format", "csv"])
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "input,valid,verdict,identifier,names,matched,reason")
        #expect(lines[1].hasPrefix("\(Fixture.cloneTarget),true,warning_list,\(Fixture.cloneTarget),"))
        #expect(lines[2].hasPrefix("БИН 1,false,,,,,"))
    }

    @Test func colourOnlyWhenAskedByATerminal() throws {
        let out = try Binary.run(["check", "--data", data, Fixture.bank], environment: ["NO_COLOR": ""])
        #expect(!out.stdout.contains("\u{1B}["))
    }
}

@Suite struct CLIDataTests {
    @Test func dataCheckOnCleanDataExitsZero() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let out = try Binary.run(["data", "check", "--data", fixture.directory.path, "--lang", "en"])
        #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
        #expect(out.stdout.contains("rows read 5 = loaded 5 + rejected 0"))
        #expect(out.stdout.contains("encoding cp1251, delimiter “;”"))
    }

    @Test func dataCheckListsEveryRejectedRowWithFileAndLine() throws {
        let fixture = try Fixture(afm: Fixture.afmCSV + "257500031000104,123,ТОО «Плохо»,217 ч.1,2026-01-01,x,y\n")
        defer { fixture.remove() }
        let out = try Binary.run(["data", "check", "--data", fixture.directory.path, "--lang", "en"])
        #expect(out.status == 1)
        #expect(out.stdout.contains("rows read 4 = loaded 3 + rejected 1"))
        #expect(out.stdout.contains("afm.csv:5: “BIN/IIN” is not a valid identifier: 3 digits"))
    }

    /// A quote opened on line 3 and never closed takes the rest of the file into one field: say so.
    @Test func anOpenQuoteSaysHowMuchOfTheFileItSwallowed() throws {
        let afm = Fixture.afmCSV.split(separator: "\n").prefix(2).joined(separator: "\n")
            + "\n257500031000104,\(Fixture.afmOnly),\"ТОО «Открыто,217 ч.1,2026-01-01,x,y\n257500031000105,\(Fixture.bank),ТОО,217,2026-01-01,x,y\n"
        let fixture = try Fixture(afm: afm)
        defer { fixture.remove() }
        let out = try Binary.run(["data", "check", "--data", fixture.directory.path, "--lang", "en"])
        #expect(out.status == 1)
        #expect(out.stdout.contains("afm.csv:3: a quoted field opened at line 3 is never closed: lines 3–4 (the rest of the file) were not read as rows"),
                "\(out.stdout)")
        #expect(out.stdout.contains("rows read 2 = loaded 1 + rejected 1"))
    }

    @Test func samplesOfTheShippedDataGetTheirLabelledVerdict() throws {
        let out = try Binary.run(["samples", "--lang", "en", "--data", Binary.repositoryRoot.appendingPathComponent("data").path])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.contains("Demo data — not official registries"))
        for label in ["Criminal case (AFM)", "Criminal case (MVD)", "Warning list", "Licence revoked", "Licence suspended", "Licensed", "Not found", "Wrong check digit", "IIN of a person"] {
            #expect(out.stdout.contains(label), "\(label) missing")
        }
    }
}
