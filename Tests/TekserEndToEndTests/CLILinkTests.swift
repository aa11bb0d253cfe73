import Foundation
import Testing
import TekserCore
import TestSupport

/// `tekser check` with links and handles, run as a user would.
@Suite struct CLILinkTests {
    static let fixture = try! Fixture(warning: Fixture.warningWithLinksCSV)
    var data: String { Self.fixture.directory.path }

    @Test func aListedLinkPrintsTheVerdictTheMatchAndTheEvidence() throws {
        let out = try Binary.run(["check", "--data", data, "--lang", "en", "http://m.ДЕМО-БЕРЕКЕ.ҚАЗ./ru/?fbclid=1"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout.hasPrefix("🚫 On the regulator's warning list"))
        #expect(out.stdout.contains("Link checked: демо-береке.қаз/ru"))
        #expect(out.stdout.contains("Matches the listed link https://демо-береке.қаз/ru/ (the same page)"))
        #expect(out.stdout.contains("warning.csv, line 6"))
    }

    @Test func aHandleNeedsAPlatformOtherwiseExitsTwo() throws {
        let without = try Binary.run(["check", "--data", data, "--lang", "en", "@TubeProfit"])
        #expect(without.status == 2)
        #expect(without.stderr.contains("@tubeprofit could be an account on any network"))
        let with = try Binary.run(["check", "--json", "--data", data, "--platform", "youtube", "@TubeProfit"])
        #expect(with.status == 0, "\(with.stderr)")
        let report = try JSONDecoder().decode(CheckReport.self, from: Data(with.stdout.utf8))
        #expect(report.verdict == "warning_list")
        #expect(report.link?.normalised == "youtube:@tubeprofit")
        #expect(report.link?.matched.map(\.link) == ["https://youtube.com/@TubeProfit"])
    }

    @Test func aLinkOnNoListIsNotFoundAndExitsZero() throws {
        let out = try Binary.run(["check", "--data", data, "--lang", "en", "unknown-club.kz"])
        #expect(out.status == 0)
        #expect(out.stdout.hasPrefix("❔ Not found in the registries checked"))
        #expect(out.stdout.contains("Ask for the company's BIN"))
    }

    @Test func anUnusableLinkExitsTwo() throws {
        let out = try Binary.run(["check", "--data", data, "--lang", "ru", "ftp://files.example.kz"])
        #expect(out.status == 2)
        #expect(out.stderr.contains("«ftp:»"))
    }

    @Test func theJSONOfALinkIsDocumented() throws {
        let out = try Binary.run(["check", "--json", "--data", data, "https://t.me/fastincome"])
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Binary.repositoryRoot.appendingPathComponent("docs/check-report.schema.json"))) as! [String: Any]
        let properties = schema["properties"] as! [String: Any]
        let object = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        #expect(Set(object.keys).isSubset(of: Set(properties.keys)))
        let link = try #require(object["link"] as? [String: Any])
        let documented = Set(((properties["link"] as! [String: Any])["properties"] as! [String: Any]).keys)
        #expect(Set(link.keys).isSubset(of: documented))
        #expect(object["verdict"] as? String == "criminal_case")
    }
}
