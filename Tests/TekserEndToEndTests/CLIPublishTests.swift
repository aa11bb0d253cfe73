import Foundation
import Testing
import TestSupport

/// `tekser data publish` and `tekser data versions` on a real server, and a chat started with
/// `--server` and no `--data` answering from the published version.
@Suite(.enabled(if: TestServer.shouldRun)) struct CLIPublishTests {
    static func publish(_ fixture: Fixture, _ url: String, environment: [String: String] = [:]) throws -> Binary.Output {
        try Binary.run(["data", "publish", "--data", fixture.directory.path, "--server", url, "--lang", "en"], environment: environment)
    }

    @Test func aPublishedVersionIsListedAndAChatWithoutDataAnswersFromIt() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try TestServer.freshDatabase()
        let published = try Self.publish(fixture, url)
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stdout.contains("Published version 1 on postgresql://") && published.stdout.contains(": 5 files, 12 rows."),
                "\(published.stdout)")
        #expect(!(published.stdout + published.stderr).contains(CLIServerTests.password(in: url)))
        let versions = try Binary.run(["data", "versions", "--server", url, "--lang", "en"])
        #expect(versions.status == 0, "\(versions.stderr)")
        #expect(versions.stdout.contains("Version 1 · ") && versions.stdout.contains(" · 5 files, 12 rows"), "\(versions.stdout)")
        #expect(versions.stdout.contains("licensed (licensed.csv): 5 rows, as of 2026-11-01"), "\(versions.stdout)")
        let json = try Binary.run(["data", "versions", "--json"], environment: ["TEKSER_SERVER": url])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(listed.map { $0["version"] as? Int } == [1])
        #expect((listed.first?["sources"] as? [[String: Any]])?.compactMap { $0["asOf"] as? String }
                == ["2026-11-01", "2026-11-02", "2026-10-15", "2026-10-20"])
        // Run from the package root, where ./data would answer otherwise: the fixture's name shows it came from the server.
        let chat = try Binary.run(["chat", "--server", url, "--lang", "en", "--typing-delay", "0"], stdin: Fixture.investClub + "\n")
        #expect(chat.status == 0, "\(chat.stderr)")
        #expect(chat.stdout.contains("data v1") && chat.stdout.contains("Быстрый доход"), "\(chat.stdout)")
        // A check on the same server answers as the chat and the desk do, from the published version
        // (here into a journal file of its own: --journal names the journal, not the registries).
        let scratch = try ScratchFolder("published-check")
        defer { scratch.remove() }
        let check = try Binary.run(["check", Fixture.investClub, "--server", url, "--journal", scratch.appending("j.sqlite").path, "--lang", "en"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("Быстрый доход"), "\(check.stdout)")
        let local = try Binary.run(["check", Fixture.investClub, "--lang", "en"])
        #expect(local.status == 0 && !local.stdout.contains("Быстрый доход"), "./data does not hold it: \(local.stdout)")
        let found = try Binary.run(["find", "Быстрый доход", "--lang", "en"], environment: ["TEKSER_SERVER": url])
        #expect(found.status == 0 && found.stdout.contains("Инвест Клуб «Быстрый доход»"), "\(found.stdout)\(found.stderr)")
        #expect(try !Binary.run(["find", "Быстрый доход", "--lang", "en"]).stdout.contains("Инвест Клуб «Быстрый доход»"), "not in ./data")
    }

    /// A team's call-backs: the inquiries are the team's journal on the server, rechecked on
    /// --data, else on the newest published version (not on ./data, where the package root has other registries).
    @Test func journalChangedRechecksTheTeamsInquiriesOnTheDataInUse() throws {
        let url = try TestServer.freshDatabase()
        let scratch = try ScratchFolder("published-changed")
        defer { scratch.remove() }
        let team = ["--server", url, "--team-key", scratch.appending("team.key").path]
        #expect(try Self.publish(CLIDataDiffTests.old, url).status == 0)
        let input = [Fixture.suspendedMFO, Fixture.bank, Fixture.personIIN].joined(separator: "\n")
        let recorded = try Binary.run(["check", "--file", "-", "--operator", "aigerim"] + team, stdin: input)
        #expect(recorded.status == 0, "\(recorded.stderr)")

        let changed = try Binary.run(["journal", "changed", "--data", CLIDataDiffTests.new.directory.path, "--lang", "en"] + team)
        #expect(changed.status == 0, "\(changed.stderr)")
        let rows = changed.stdout.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.hasPrefix("1 ") && $0.contains("aigerim") && $0.contains("licence suspended") && $0.contains("licence revoked") },
                "\(rows)")
        #expect(rows.contains { $0.hasPrefix("3 ") && $0.contains(Fixture.maskedPersonIIN) && $0.contains("not found") }, "\(rows)")
        #expect(rows.last == "2 inquiries to call back about.")
        #expect(!changed.stdout.contains(Fixture.personIIN))

        let published = try Binary.run(["journal", "changed", "--lang", "en"] + team)
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stdout == "No past inquiry gets another verdict on this data.\n", "\(published.stdout)")
    }

    @Test func aTruncatedRegistryIsRefusedWithItsReasonsAndNoVersionAppears() throws {
        let whole = try Fixture()
        defer { whole.remove() }
        let cut = try Fixture.truncated()
        defer { cut.remove() }
        let url = try TestServer.freshDatabase()
        #expect(try Self.publish(whole, url).status == 0)
        let refused = try Self.publish(cut, url)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not published on postgresql://") && refused.stderr.contains("the newest version stays 1"),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("licensed: 5 rows became 2, the manifest allows losing 20%"), "\(refused.stderr)")
        #expect(refused.stderr.contains("licensed: 1 row rejected"), "\(refused.stderr)")
        #expect(try TestServer.psql(url, "SELECT count(*) FROM tekser.data_version") == "1")
        #expect(try TestServer.psql(url, "SELECT count(*) FROM tekser.data_file") == "5")
        let russian = try Binary.run(["data", "publish", "--data", cut.directory.path, "--server", url, "--lang", "ru"])
        #expect(russian.status == 1 && russian.stderr.contains("не опубликовано"), "\(russian.stderr)")
    }

    @Test func aPublishWithoutAUsableServerGetsOneLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let cases: [(arguments: [String], says: String)] = [
            ([], "publishing needs the team's server"),
            (["--server", "mysql://desk@db.example/team"], "does not start with postgresql://"),
            (["--server", "postgresql://desk@127.0.0.1:1/team"], "cannot reach the server postgresql://desk@127.0.0.1:1/team"),
        ]
        for (arguments, says) in cases {
            let run = try Binary.run(["data", "publish", "--data", fixture.directory.path, "--lang", "en"] + arguments)
            #expect(run.status == 1)
            #expect(run.stderr.split(separator: "\n").count == 1 && run.stderr.contains(says), "\(arguments): \(run.stderr)")
        }
    }

    @Test func versionsFromAServerThatCannotBeUsedGetOneLine() throws {
        let url = try TestServer.freshDatabase()
        let good = url.firstMatch(of: /^postgresql:\/\/([^:@]+)(?::[^@]*)?@([^\/]+)\//).map { "\($0.output.1)@\($0.output.2)" } ?? ""
        #expect(try Binary.run(["data", "versions", "--server", url]).status == 0)
        _ = try TestServer.psql(url, "INSERT INTO tekser.schema_version (version, name) VALUES (99, 'from the future')")
        let cases: [(setting: String, says: String)] = [
            ("postgresql://\(good.replacingOccurrences(of: "@", with: ":wrong-secret@"))/tekser", "refused the login"),
            (url.replacing(/\/[^\/]*$/) { _ in "/nosuchdb" }, "has no database “nosuchdb”"),
            (url, "has schema version 99, written by a newer tekser"),
        ]
        for (setting, says) in cases {
            let run = try Binary.run(["data", "versions", "--server", setting, "--lang", "en"])
            #expect(run.status == 1)
            #expect(run.stderr.split(separator: "\n").count == 1 && run.stderr.contains(says), "\(setting): \(run.stderr)")
            #expect(!run.stderr.contains("wrong-secret") && !run.stderr.contains(CLIServerTests.password(in: url)))
        }
    }
}
