import Foundation
import Testing
import TestSupport

/// `--server` from the command line: batches and the journal commands on the team's journal,
/// and one line for each setting or server that cannot be used. The password never shows.
@Suite(.enabled(if: TestServer.shouldRun)) struct CLIServerTests {
    static let fixture = try! Fixture()

    /// The password in a URL, to check that no output holds it.
    static func password(in url: String) -> String {
        url.firstMatch(of: /\/\/[^:\/]+:([^@]+)@/).map { String($0.output.1) } ?? "no password"
    }

    static func batch(_ lines: [String], server: String, key: String, operator name: String,
                      extra: [String] = []) throws -> Binary.Output {
        try Binary.run(["check", "--data", fixture.directory.path, "--file", "-", "--server", server, "--team-key", key,
                        "--operator", name] + extra, stdin: lines.joined(separator: "\n"))
    }

    @Test func batchesFromTwoOperatorsAreListedShownCountedExportedAndVerified() throws {
        let url = try TestServer.freshDatabase()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-cli-server-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("team.key").path
        #expect(try Self.batch([Fixture.bank, "ИИН " + Fixture.personIIN], server: url, key: key, operator: "aigerim").status == 0)
        #expect(try Self.batch([Fixture.investClub], server: url, key: key, operator: "baurzhan").status == 0)
        // The setting from the environment, as a team machine has it.
        let environment = ["TEKSER_SERVER": url]
        let list = try Binary.run(["journal", "list", "--lang", "en", "--team-key", key, "--operator", "aigerim"], environment: environment)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains(Fixture.bank) && list.stdout.contains(Fixture.maskedPersonIIN))
        #expect(!list.stdout.contains(Fixture.investClub) && !list.stdout.contains(Fixture.personIIN))
        let export = try Binary.run(["journal", "export", "--format", "json", "--server", url, "--team-key", key])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["operator"] as? String } == ["aigerim", "aigerim", "baurzhan"])
        let first = try #require(rows.first?["id"] as? Int)
        let show = try Binary.run(["journal", "show", String(first), "--lang", "en", "--server", url, "--team-key", key])
        #expect(show.stdout.contains("UUID:"), "\(show.stdout)\(show.stderr)")
        let stats = try Binary.run(["journal", "stats", "--lang", "en", "--server", url, "--team-key", key])
        #expect(stats.stdout.contains("baurzhan") && stats.stdout.contains("aigerim"), "\(stats.stdout)\(stats.stderr)")
        let verify = try Binary.run(["journal", "verify", "--lang", "en", "--server", url, "--team-key", key])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("3"))
        for output in [list, export, show, stats, verify] {
            #expect(!(output.stdout + output.stderr).contains(Self.password(in: url)))
        }
    }

    /// On a desk's machine the team's server is in desk.yaml: `check` and `journal` use it as the desk does.
    @Test func theDesksSettingsNameTheServerForChecksAndTheJournal() throws {
        let url = try TestServer.freshDatabase()
        let scratch = try ScratchFolder("desk-settings")
        defer { scratch.remove() }
        let environment = ["XDG_CONFIG_HOME": scratch.appending("config").path, "XDG_DATA_HOME": scratch.appending("data").path]
        try FileManager.default.createDirectory(at: scratch.appending("config/tekser"), withIntermediateDirectories: true)
        let settings = scratch.appending("config/tekser/desk.yaml")
        try "server: \(url)\noperator: Дана\n".write(to: settings, atomically: true, encoding: .utf8)
        let check = try Binary.run(["check", "--data", Self.fixture.directory.path, Fixture.bank], environment: environment)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try TestServer.psql(url, #"SELECT "operator" FROM tekser.inquiry"#) == "Дана", "on the team's server, under the desk's name")
        let list = try Binary.run(["journal", "list", "--lang", "en"], environment: environment)
        #expect(list.status == 0 && list.stdout.contains(Fixture.bank) && list.stdout.contains("Дана"), "\(list.stdout)\(list.stderr)")
        // Broken settings are said to be left aside, in one line, before the local journal is used.
        try "server: [\n".write(to: settings, atomically: true, encoding: .utf8)
        let broken = try Binary.run(["journal", "list", "--lang", "en"], environment: environment)
        let lines = broken.stderr.split(separator: "\n")
        #expect(lines.first == "tekser: cannot read the desk settings \(settings.path): it is not valid YAML at line 2, column 1; going on without these settings",
                "\(broken.stderr)")
        #expect(lines.count == 2 && lines[1].contains("there is no journal at"), "\(broken.stderr)")
    }

    @Test func eachUnusableServerGetsOneLineNamingItAndNothingIsChecked() throws {
        let url = try TestServer.freshDatabase()
        let good = url.firstMatch(of: /^postgresql:\/\/([^:@]+)(?::[^@]*)?@([^\/]+)\//).map { "\($0.output.1)@\($0.output.2)" } ?? ""
        let cases: [(setting: String, says: String)] = [
            ("mysql://desk@db.example/team", "does not start with postgresql://"),
            ("postgresql://desk@127.0.0.1:1/team", "cannot reach the server postgresql://desk@127.0.0.1:1/team (nothing answers at that host and port)"),
            ("postgresql://\(good.replacingOccurrences(of: "@", with: ":wrong-secret@"))/tekser", "refused the login"),
            (url.replacing(/\/[^\/]*$/) { _ in "/nosuchdb" }, "has no database “nosuchdb”"),
        ]
        for (setting, says) in cases {
            let run = try Self.batch([Fixture.bank], server: setting, key: "/nonexistent/team.key", operator: "a", extra: ["--lang", "en"])
            #expect(run.status == 1, "\(setting)")
            #expect(run.stdout.isEmpty, "\(setting): \(run.stdout)")
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1 && run.stderr.contains(says), "\(setting): \(run.stderr)")
            #expect(!run.stderr.contains("wrong-secret") && !run.stderr.contains(Self.password(in: url)))
        }
    }

    /// Why a server is away is said in the operator's language, not in the network library's words.
    @Test(arguments: [("ru", "на этом хосте и порту никто не отвечает"), ("kk", "бұл хост пен портта ешкім жауап бермейді")])
    func anUnreachableServerIsExplainedInTheOperatorsLanguage(language: String, reason: String) throws {
        let run = try Self.batch([Fixture.bank], server: "postgresql://desk@127.0.0.1:1/team", key: "/nonexistent/team.key",
                                 operator: "a", extra: ["--lang", language])
        #expect(run.status == 1)
        #expect(run.stderr.contains("(\(reason))"), "\(run.stderr)")
        #expect(!run.stderr.contains("errno") && !run.stderr.contains("Connection"), "\(run.stderr)")
    }
}
