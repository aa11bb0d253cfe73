import Foundation
import Testing
import TestSupport

/// Kiosks and chats on the team's server in a real terminal, with no `--data`: they answer from
/// the published version, hear of the next one through NOTIFY, answer from their cache while the
/// server is down, and a kiosk with neither server nor cache is out of service until a version comes.
@Suite(.enabled(if: TestServer.shouldRun), .serialized) struct PublishedTmuxTests {
    /// A licensed row that only the second version has.
    static let newcomer = Fixture.validBIN("23014000011")

    /// A home of its own (settings, state, cache) for the programs of one test.
    struct Home {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-published-tmux-\(UUID().uuidString)").path

        /// For `Binary.run`: the same folders the tmux programs use, so they share the cache.
        var environment: [String: String] {
            ["HOME": path, "XDG_DATA_HOME": path + "/data", "XDG_CONFIG_HOME": path + "/config", "XDG_STATE_HOME": path + "/state",
             "XDG_CACHE_HOME": path + "/cache"]
        }

        /// A shell prefix setting them, and the published-data poll (seconds).
        func prefix(poll: Int) -> String {
            environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ") + " TEKSER_PUBLISHED_POLL=\(poll)"
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    static func publish(_ fixture: Fixture, _ url: String) throws {
        let run = try Binary.run(["data", "publish", "--data", fixture.directory.path, "--server", url, "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    static func grown() throws -> Fixture {
        try Fixture(licensed: Fixture.licensedCSV
            + "\(newcomer),ТОО «Новичок»,«Жаңа» ЖШС,Микрофинансовая деятельность,МФО-003,01.09.2026,действующая,\n")
    }

    /// The header's right end, where the chat names the data version.
    static func header(_ lines: [String]) -> String { lines.first ?? "" }

    @Test func aKioskStartedWithTheServerDownAnswersFromItsCache() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let grown = try Self.grown()
        defer { grown.remove() }
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let home = Home()
        defer { home.remove() }
        try Self.publish(fixture, cluster.url)
        // An earlier run on this machine pulled version 1 into the cache.
        let earlier = try Binary.run(["chat", "--server", cluster.url, "--lang", "en"], stdin: "/quit\n", environment: home.environment)
        #expect(earlier.status == 0, "\(earlier.stderr)")
        try cluster.halt()
        // The server from kiosk.yaml, as a kiosk of the fleet has it.
        try FileManager.default.createDirectory(atPath: home.path + "/config/tekser", withIntermediateDirectories: true)
        try "server: \(cluster.url)\n".write(toFile: home.path + "/config/tekser/kiosk.yaml", atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.shell("\(home.prefix(poll: 1)) \(try Tmux.tekserBinary()) kiosk --lang en --typing-delay 0")
        try tmux.waitFor("Hello", "data v1, server away")
        try tmux.send(Fixture.investClub)
        try tmux.waitFor("Быстрый доход")

        try cluster.restart()
        try Self.publish(grown, cluster.url)
        try tmux.waitUntil("version 2 in use", timeout: 30) { lines in Self.header(lines).contains("data v2") }
        #expect(!Self.header(try tmux.screen()).contains("server away"))
        try tmux.send(Self.newcomer)
        try tmux.waitFor("Новичок")
    }

    @Test func aKioskWithNeitherServerNorCacheIsOutOfServiceUntilAVersionArrives() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let home = Home()
        defer { home.remove() }
        try cluster.halt()
        let tmux = try Tmux(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.shell("\(home.prefix(poll: 1)) \(try Tmux.tekserBinary()) kiosk --lang en --typing-delay 0 --server '\(cluster.url)'")
        try tmux.waitFor("This terminal is out of service for now", "Терминал уақытша жұмыс істемейді")
        // The server back but nothing published: once a retry has found so (its log names the
        // new reason), still out of service.
        try cluster.restart()
        let log = URL(fileURLWithPath: home.path + "/state/tekser/tekser.log")
        try tmux.waitUntil("a retry finds nothing published", timeout: 30) { _ in
            ((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("no registry version is published")
        }
        #expect(try tmux.screen().joined().contains("out of service"))
        try Self.publish(fixture, cluster.url)
        try tmux.waitFor("Hello", "data v1", timeout: 30)
        try tmux.send(Fixture.investClub)
        try tmux.waitFor("Быстрый доход")
    }

    @Test func aDeskOnTheServerAnswersFromThePublishedVersion() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try TestServer.freshDatabase()
        let home = Home()
        defer { home.remove() }
        try Self.publish(fixture, url)
        // The server from desk.yaml, for the journal and the registries alike.
        try FileManager.default.createDirectory(atPath: home.path + "/config/tekser", withIntermediateDirectories: true)
        try "operator: Aigerim\nserver: \(url)\n".write(toFile: home.path + "/config/tekser/desk.yaml", atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 110, height: 30)
        defer { tmux.kill() }
        try tmux.shell("\(home.prefix(poll: 30)) \(try Tmux.tekserBinary()) desk --lang en --team-key '\(home.path)/team.key'")
        try tmux.waitFor("Help desk · Aigerim", "F10Quit")
        try tmux.waitUntil("version 1 in the header") { lines in Self.header(lines).contains("data v1") }
        try tmux.type(Fixture.investClub)
        try tmux.waitUntil("the BIN typed") { lines in lines.contains { $0.contains("BIN/IIN: \(Fixture.investClub)") } }
        try tmux.keys("Enter")
        try tmux.waitFor("⛔ \(Fixture.investClub)", "Быстрый доход")
        try tmux.keys("F10")
        try tmux.waitUntil("the desk to quit") { lines in !lines.contains { $0.contains("F10Quit") } }
    }

    @Test func aChatOnTheServerHearsOfTheNextVersionThroughNotify() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let grown = try Self.grown()
        defer { grown.remove() }
        let url = try TestServer.freshDatabase()
        let home = Home()
        defer { home.remove() }
        try Self.publish(fixture, url)
        let tmux = try Tmux(width: 100, height: 30)
        defer { tmux.kill() }
        // No polling within the test's time: only the notification can bring version 2.
        try tmux.shell("\(home.prefix(poll: 600)) \(try Tmux.tekserBinary()) chat --lang en --typing-delay 0 --quota 0 --server '\(url)'")
        try tmux.waitUntil("version 1 in the header") { lines in Self.header(lines).contains("data v1") }
        try tmux.waitUntil("the chat to listen") { _ in
            (try? TestServer.psql(url, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()")) == "1"
        }
        try Self.publish(grown, url)
        try tmux.waitUntil("version 2 in the header") { lines in Self.header(lines).contains("data v2") }
        let status = try Binary.run(["data", "status", "--lang", "en"], environment: home.environment)
        #expect(status.stdout.contains("published version 2 from postgresql://"), "\(status.stdout)")
        try tmux.keys("C-c")
        try tmux.waitUntil("the chat to quit") { lines in !Self.header(lines).contains("data v2") }
    }
}
