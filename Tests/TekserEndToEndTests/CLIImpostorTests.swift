import Foundation
import Testing
import TestSupport

/// Clone firms marked by `tekser check --json` and `tekser find`, run as a user would.
@Suite struct CLIImpostorTests {
    static let fixture = try! Fixture.withImpostors()

    @Test func checkJSONMarksTheImpostorAndTheLicensee() throws {
        let out = try Binary.run(["check", "--json", "--data", Self.fixture.directory.path, "t.me/testbank_invest", Fixture.bank])
        #expect(out.status == 0, "\(out.stderr)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
        let imitates = try #require(reports[0]["imitates"] as? [[String: Any]])
        #expect(imitates.map { $0["licensee_bin"] as? String } == [Fixture.bank])
        let imitatedBy = try #require(reports[1]["imitated_by"] as? [[String: Any]])
        #expect(Set(imitatedBy.compactMap { $0["impostor"] as? String }) == ["Инвест клуб «Тест Банк Инвест»", "ТОО «Tест Bank Капитал»"])
        #expect(reports[1]["imitates"] == nil)
    }

    @Test func findMarksBothSides() throws {
        let text = try Binary.run(["find", "--lang", "en", "--data", Self.fixture.directory.path, "Тест Банк"])
        #expect(text.stdout.contains("⚠ uses the name of the licensed АО \"Тест Банк\" (BIN \(Fixture.bank)) but is not it"))
        #expect(text.stdout.contains("⚠ 2 subjects use its name"))
        let json = try Binary.run(["find", "--json", "--data", Self.fixture.directory.path, "Тест Банк"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let results = try #require(report["results"] as? [[String: Any]])
        #expect(results.first { $0["identifier"] as? String == Fixture.bank }?["imitatedBy"] as? Int == 2)
        #expect(results.contains { ($0["imitates"] as? [String]) == [Fixture.bank] })
    }
}
