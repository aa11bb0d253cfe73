import Foundation
import TekserCore
import Testing
import TestSupport

/// The team's server as users meet it on the command line: a chat's heartbeat in
/// `tekser fleet status`, a citizen's report in `tekser journal reports --server`, and a batch
/// started while the server is down that answers, keeps its inquiries, and delivers them later.
@Suite(.enabled(if: TestServer.shouldRun)) struct CLIFleetTests {
    static let fixture = try! Fixture()

    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tekser-cli-fleet-\(UUID().uuidString)")
    }

    @Test func aChatOnTheServerIsInTheFleetAndASilentKioskIsFlagged() throws {
        // "Checks today" is of the local day `tekser fleet status` runs on (the binary's zone is the
        // machine's, as the test's): a run across midnight may count either day, so it is left out.
        let clock = ClockTime(timeZone: .current)
        let dayBefore = clock.day(Date())
        let url = try TestServer.freshDatabase()
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("team.key").path
        let chat = try Binary.run(["--data", Self.fixture.directory.path, "--lang", "en", "--server", url, "--team-key", key,
                                   "--instance", "hall-2/chat"], stdin: "\(Fixture.bank)\n\(Fixture.investClub)\n/quit\n",
                                  environment: ["TERM": "dumb"])
        #expect(chat.status == 0, "\(chat.stderr)")
        // A kiosk that stopped beating five minutes ago without saying goodbye.
        _ = try TestServer.psql(url, """
            INSERT INTO tekser.instance (name, mode, data_version, out_of_service, running, checks_day, checks, last_seen)
            VALUES ('cnap-7/kiosk', 'kiosk', NULL, true, true, '\(dayBefore)', '{"not_found": 4}', now() - interval '5 minutes')
            """)
        let table = try Binary.run(["fleet", "status", "--server", url, "--lang", "en"])
        let sameDay = clock.day(Date()) == dayBefore
        #expect(table.status == 0, "\(table.stderr)")
        let rows = table.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "No registry version published on this server.")
        #expect(rows[1].hasPrefix("instance      mode   last seen"))
        // Columns: instance, mode, last seen, version, behind, refused, out of service, checks today, state.
        func columns(_ name: String) -> [String] {
            let row = rows.first { $0.hasPrefix(name) }.map { $0.split(separator: /\s{2,}/).map(String.init) } ?? []
            return sameDay || row.count != 9 ? row : row.enumerated().map { $0.offset == 7 ? "any" : $0.element }
        }
        let chatRow = columns("hall-2/chat"), kioskRow = columns("cnap-7/kiosk")
        #expect(chatRow.count == 9 && chatRow[2].hasSuffix(" s ago)"), "\(chatRow)")
        #expect(chatRow.dropFirst(3) == ["local folder", "—", "—", "no", sameDay ? "2" : "any", "stopped"], "\(chatRow)")
        #expect(kioskRow.count == 9 && kioskRow[2].hasSuffix("(5 min ago)"), "\(kioskRow)")
        #expect(kioskRow.dropFirst(3) == ["local folder", "—", "—", "yes", sameDay ? "4" : "any", "SILENT"], "\(kioskRow)")
        #expect(rows.last == "1 instance silent for over two minutes.")
        #expect(!table.stdout.contains(Self.password(in: url)))

        let json = try Binary.run(["fleet", "status", "--server", url, "--json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(document.keys.sorted() == ["instances", "newest_version"])
        let instances = try #require(document["instances"] as? [[String: Any]])
        #expect(instances.map { $0["name"] as? String } == ["cnap-7/kiosk", "hall-2/chat"])
        #expect(instances[0].keys.sorted() == ["checks", "checks_day", "data_version", "last_seen", "mode", "name", "out_of_service",
                                               "refused_reason", "refused_version", "running", "seconds_silent", "silent", "versions_behind"])
        #expect(instances.map { $0["silent"] as? Bool } == [true, false])
        #expect(instances[1]["checks"] as? [String: Int] == ["licensed": 1, "criminal_case": 1])
        #expect(instances[1]["data_version"] is NSNull && instances[1]["running"] as? Bool == false)
    }

    @Test func aReportMadeInAChatOnTheServerIsListedForTheTeam() throws {
        let url = try TestServer.freshDatabase()
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("team.key").path
        // After the answer: 4 Report; then Messenger (2), up to 100,000 (2), a text with an IIN.
        let input = "\(Fixture.investClub)\n4\n2\n2\nмой ИИН \(Fixture.personIIN)\n/quit\n"
        let chat = try Binary.run(["--data", Self.fixture.directory.path, "--lang", "en", "--server", url, "--team-key", key], stdin: input,
                                  environment: ["TERM": "dumb"])
        #expect(chat.status == 0, "\(chat.stderr)")
        #expect(chat.stdout.contains("Thank you: your report is recorded."))
        let list = try Binary.run(["journal", "reports", "--server", url, "--team-key", key, "--lang", "en"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").contains { $0.hasPrefix("1 ") && $0.contains("plain mode") && $0.contains(Fixture.investClub) })
        let json = try Binary.run(["journal", "reports", "--server", url, "--team-key", key, "--export", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(objects.map { $0["text"] } == ["мой ИИН \(Fixture.maskedPersonIIN)"])
        #expect(try TestServer.psql(url, "SELECT count(*) FROM tekser.report WHERE text LIKE '%\(Fixture.personIIN)%'") == "0")
    }

    @Test func aChatFirstStartedWhileTheServerIsDownServesAndTakesReportsOnceTheServerAnswers() throws {
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("team.key").path
        let report = "\(Fixture.investClub)\n4\n2\n2\nпозвонили\n/quit\n"
        func chat() throws -> Binary.Output {
            try Binary.run(["--data", Self.fixture.directory.path, "--lang", "en", "--server", cluster.url, "--team-key", key],
                           stdin: report, environment: ["TERM": "dumb"])
        }
        try cluster.halt()
        let away = try chat()
        // No team key yet and no server: it answers, and says the report could not be kept.
        #expect(away.status == 0, "\(away.stderr)")
        #expect(away.stdout.contains("Инвест Клуб") && away.stdout.contains("Sorry, your report could not be recorded."), "\(away.stdout)")
        #expect(!FileManager.default.fileExists(atPath: key))
        try cluster.restart()
        let back = try chat()
        #expect(back.stdout.contains("Thank you: your report is recorded."), "\(back.stdout)\(back.stderr)")
        #expect(try TestServer.psql(cluster.url, "SELECT count(*) FROM tekser.report") == "1")
    }

    @Test func aBatchStartedWhileTheServerIsDownAnswersKeepsItsInquiriesAndTheNextRunDeliversThem() throws {
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("team.key").path
        // One machine: the same outbox for every run.
        let machine = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path]
        func batch(_ lines: [String], timeout: String) throws -> Binary.Output {
            try Binary.run(["check", "--data", Self.fixture.directory.path, "--file", "-", "--server", cluster.url, "--team-key", key,
                            "--operator", "aigerim", "--deliver-timeout", timeout, "--lang", "en"],
                           stdin: lines.joined(separator: "\n"), environment: machine)
        }
        #expect(try batch([Fixture.bank], timeout: "10").status == 0)      // an earlier day: the schema and the key
        try cluster.halt()
        let away = try batch([Fixture.investClub, Fixture.afmOnly], timeout: "0.5")
        #expect(away.status == 1)
        #expect(away.stdout.split(separator: "\n").count == 2, "both answered: \(away.stdout)")
        #expect(away.stderr.contains("2 inquiries are still waiting for the server"), "\(away.stderr)")
        try cluster.restart()
        let next = try batch([Fixture.revokedMFO], timeout: "20")
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try TestServer.psql(cluster.url, "SELECT string_agg(typed, ',' ORDER BY id) FROM tekser.inquiry")
            == [Fixture.bank, Fixture.investClub, Fixture.afmOnly, Fixture.revokedMFO].joined(separator: ","))
    }

    @Test func anInquiryTheServerRefusesIsSetAsideNamedAtTheEndListedByVerifyAndTheRestDelivered() throws {
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("team.key").path
        let data = folder.appendingPathComponent("data")
        let machine = ["XDG_DATA_HOME": data.path]
        func batch(_ lines: [String], timeout: String) throws -> Binary.Output {
            try Binary.run(["check", "--data", Self.fixture.directory.path, "--file", "-", "--server", cluster.url, "--team-key", key,
                            "--operator", "aigerim", "--deliver-timeout", timeout, "--lang", "en"],
                           stdin: lines.joined(separator: "\n"), environment: machine)
        }
        #expect(try batch([Fixture.bank], timeout: "10").status == 0)
        try cluster.halt()
        #expect(try batch([Fixture.investClub], timeout: "0.2").status == 1)
        // The kept inquiry turns into one the server's CHECK refuses (a channel it does not know).
        let outbox = data.appendingPathComponent("tekser/outbox.sqlite").path
        _ = try TestServer.run("/usr/bin/python3", ["-c", """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("UPDATE outbox SET body = json_set(body, '$.channel', 'pigeon')")
            db.commit()
            """, outbox])
        try cluster.restart()
        let next = try batch([Fixture.afmOnly], timeout: "20")
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr.contains("refused 1 record for good; it is kept aside in \(outbox)"), "\(next.stderr)")
        #expect(try TestServer.psql(cluster.url, "SELECT string_agg(typed, ',' ORDER BY id) FROM tekser.inquiry")
            == "\(Fixture.bank),\(Fixture.afmOnly)")
        let verify = try Binary.run(["journal", "verify", "--lang", "en", "--server", cluster.url, "--team-key", key], environment: machine)
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("(insert) was refused by the server and set aside in \(outbox)"), "\(verify.stderr)")
        #expect(verify.stderr.contains("inquiry_channel_check"), "\(verify.stderr)")
    }

    static func password(in url: String) -> String {
        url.firstMatch(of: /\/\/[^:\/]+:([^@]+)@/).map { String($0.output.1) } ?? "no password"
    }
}
