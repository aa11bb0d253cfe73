import Foundation
import Testing
import TestSupport

/// A desk on the team's server (named in desk.yaml) in a real terminal: the shift pane shows the
/// operator's own inquiries; the server stops mid-shift, the desk keeps answering and counts what
/// waits, and delivers it all once the server is back.
@Suite(.enabled(if: TestServer.shouldRun), .serialized) struct DeskServerTmuxTests {
    let fixture = try! Fixture()

    func check(_ input: String, answer: String, in tmux: Tmux) throws {
        try tmux.type(input)
        try tmux.waitUntil("“\(input)” typed") { lines in lines.contains { $0.contains("BIN/IIN: \(input)") } }
        try tmux.keys("Enter")
        try tmux.waitFor(answer)
    }

    @Test func theDeskKeepsAnsweringWithTheServerDownAndDeliversAfterwards() throws {
        defer { fixture.remove() }
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-desk-server-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let tmux = try Tmux(width: 110, height: 30)
        defer { tmux.kill() }
        let binary = try Tmux.tekserBinary()
        let key = home + "/team.key"
        // A colleague's inquiry, on the same server: the desk's shift pane leaves it out.
        let colleague = try Binary.run(["check", Fixture.afmOnly, "--data", fixture.directory.path, "--server", cluster.url,
                                        "--team-key", key, "--operator", "Baurzhan"])
        #expect(colleague.status == 0, "\(colleague.stderr)")
        // The server from desk.yaml, as a desk of the team has it.
        try FileManager.default.createDirectory(atPath: home + "/config/tekser", withIntermediateDirectories: true)
        try "operator: Aigerim\nserver: \(cluster.url)\n".write(toFile: home + "/config/tekser/desk.yaml", atomically: true, encoding: .utf8)
        try tmux.shell("HOME='\(home)' XDG_DATA_HOME='\(home)/data' XDG_CONFIG_HOME='\(home)/config' XDG_STATE_HOME='\(home)/state' "
            + "\(binary) desk --lang en --data '\(fixture.directory.path)' --team-key '\(key)'")
        try tmux.waitFor("Help desk · Aigerim", "F10Quit")
        try check(Fixture.bank, answer: "✅ \(Fixture.bank)", in: tmux)
        #expect(!(try tmux.screen()).contains { $0.contains(Fixture.afmOnly) })

        try cluster.halt()
        try check(Fixture.investClub, answer: "⛔ \(Fixture.investClub)", in: tmux)
        try tmux.waitFor("1 waiting for the server")
        try check("12345", answer: "❗ 12345", in: tmux)
        try tmux.waitFor("2 waiting for the server")

        try cluster.restart()
        try tmux.waitUntil("the outbox delivered", timeout: 30) { lines in !lines.contains { $0.contains("waiting for the server") } }
        #expect(try TestServer.psql(cluster.url, #"SELECT string_agg(typed, ',' ORDER BY id) FROM tekser.inquiry WHERE "operator" = 'Aigerim'"#)
            == [Fixture.bank, Fixture.investClub, "12345"].joined(separator: ","))
        try tmux.keys("F10")
        try tmux.waitUntil("the desk to quit") { lines in !lines.contains { $0.contains("F10Quit") } }
    }

    /// The desk of a team started while the server is down (it has the team key from an earlier
    /// shift): it opens, says the server is away, answers and queues; once the server is back it
    /// delivers, and F3 then finds a colleague's inquiry on the server, naming its operator.
    @Test func aDeskStartedWithTheServerDownAnswersDeliversAndF3FindsTheTeam() throws {
        defer { fixture.remove() }
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-desk-away-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let key = home + "/team.key"
        let colleague = try Binary.run(["check", Fixture.afmOnly, "--data", fixture.directory.path, "--server", cluster.url,
                                        "--team-key", key, "--operator", "Baurzhan"])
        #expect(colleague.status == 0, "\(colleague.stderr)")
        try cluster.halt()
        let tmux = try Tmux(width: 120, height: 30)
        defer { tmux.kill() }
        let binary = try Tmux.tekserBinary()
        try tmux.shell("HOME='\(home)' XDG_DATA_HOME='\(home)/data' XDG_CONFIG_HOME='\(home)/config' XDG_STATE_HOME='\(home)/state' "
            + "\(binary) desk --lang en --operator Aigerim --data '\(fixture.directory.path)' --server '\(cluster.url)' --team-key '\(key)'")
        try tmux.waitFor("Help desk · Aigerim", "The server is away")
        try check(Fixture.bank, answer: "✅ \(Fixture.bank)", in: tmux)
        try tmux.waitFor("1 waiting for the server")

        try cluster.restart()
        try tmux.waitUntil("the outbox delivered", timeout: 30) { lines in !lines.contains { $0.contains("waiting for the server") } }
        #expect(try TestServer.psql(cluster.url, #"SELECT string_agg("operator" || ':' || typed, ',' ORDER BY id) FROM tekser.inquiry"#)
            == "Baurzhan:\(Fixture.afmOnly),Aigerim:\(Fixture.bank)")
        try tmux.keys("F3")
        try tmux.type(String(Fixture.afmOnly.prefix(6)))
        try tmux.keys("Enter")
        try tmux.waitFor("team: 1 more", "\(Fixture.afmOnly)", "[Baurzhan]")
        try tmux.keys("F10")
        try tmux.waitUntil("the desk to quit") { lines in !lines.contains { $0.contains("F10Quit") } }
    }
}
