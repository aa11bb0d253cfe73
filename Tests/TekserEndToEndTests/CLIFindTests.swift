import Foundation
import Testing
import TekserCore
import TestSupport

@Suite struct CLIFindTests {
    static let fixture = try! Fixture()
    var data: String { Self.fixture.directory.path }

    @Test func aNameInAnotherScriptIsFoundRankedWithItsVerdictAndExitsZero() throws {
        let out = try Binary.run(["find", "--data", data, "--lang", "en", "Bystryi", "Dokhod"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Names like “Bystryi Dokhod”:")
        #expect(lines[1] == "1. ⛔ Инвест Клуб «Быстрый доход» — Criminal case registered")
        #expect(lines[2].hasPrefix("   score 62/100 · holds every word you typed · BIN \(Fixture.investClub) · "))
        #expect(out.stdout.components(separatedBy: Fixture.investClub).count == 2, "one result per BIN")
    }

    @Test func anIINIsMaskedAndJSONCarriesScoreAndReason() throws {
        let out = try Binary.run(["find", "--json", "--data", data, "--lang", "ru", "Ivanov"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(!out.stdout.contains(Fixture.personIIN))
        let report = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        let results = report["results"] as! [[String: Any]]
        #expect(results.count == 1)
        #expect(results[0]["verdict"] as? String == "criminal_case")
        #expect(results[0]["identifierKind"] as? String == "iin")
        #expect(results[0]["reason"] as? String == "содержит все слова запроса")
        #expect(results[0]["score"] as? Int == 62)
        #expect(results[0]["source"] as? String == "afm")
        #expect(report["demo"] as? Bool == true)
    }

    @Test func nothingFoundSaysWhatToTryAndExitsThree() throws {
        let out = try Binary.run(["find", "--data", data, "--lang", "en", "Совершенно", "неизвестная"])
        #expect(out.status == 3)
        #expect(out.stdout.hasPrefix("No subject with a name like “Совершенно неизвестная”"))
        #expect(out.stdout.contains("BIN"))
    }

    @Test func helpTellsTheExitStatuses() throws {
        let out = try Binary.run(["find", "--help", "--lang", "en"])
        #expect(out.stdout.contains("3 when nothing was"))
    }
}
