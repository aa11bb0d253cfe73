import Foundation
import Testing
import TestSupport

/// New registry files picked up by a running chat, and `tekser data status` reporting on it.
@Suite struct LiveDataTmuxTests {
    static let newRow = "\(Fixture.unknown),ТОО «Новая МФО»,«Жаңа МҚҰ» ЖШС,Микрофинансовая деятельность,МФО-003,01.11.2026,действующая,"

    func writeLicensed(_ fixture: Fixture, rows: Int, adding extra: [String] = []) throws {
        let lines = Fixture.licensedCSV.split(separator: "\n").map(String.init)
        try Fixture.csv(Array(lines.prefix(rows + 1)) + extra)
            .write(to: fixture.directory.appendingPathComponent("licensed.csv"), atomically: true, encoding: .utf8)
    }

    func status(_ fixture: Fixture, state: String, json: Bool = false) throws -> String {
        let output = try Binary.run(["data", "status", "--lang", "en", "--data", fixture.directory.path] + (json ? ["--json"] : []),
                                    environment: ["XDG_STATE_HOME": state])
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdout
    }

    /// Asks `data status` until `condition` holds, for at most `timeout` seconds.
    func waitForStatus(_ fixture: Fixture, state: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        let end = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < end {
            last = try status(fixture, state: state)
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.2)
        }
        Issue.record("data status never matched; last:\n\(last)")
        return last
    }

    @Test func aReplacedFileAnswersTheNextCheckAndStatusTellsSwapsAndRefusals() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-e2e-state-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let tmux = try Tmux(environment: ["LANG": "C.UTF-8", "TEKSER_WATCH_TIMING": "0.1,0.4", "XDG_STATE_HOME": state])
        defer { tmux.kill() }
        try tmux.shell("\(try Tmux.tekserBinary()) chat --lang en --quota 0 --data '\(fixture.directory.path)' --typing-delay 0")
        try tmux.waitFor("Ctrl-C")
        _ = try waitForStatus(fixture, state: state) { $0.contains("chat (pid") && $0.contains("version 1") }

        try tmux.send(Fixture.unknown)
        try tmux.waitFor("Not found in the registries checked")
        try writeLicensed(fixture, rows: 5, adding: [Self.newRow])
        try tmux.waitFor("New data in use (version 2")
        try tmux.send(Fixture.unknown)
        try tmux.waitFor("Holds an active licence", "of 2026-11-01)")

        try writeLicensed(fixture, rows: 1)
        let refused = try waitForStatus(fixture, state: state) { $0.contains("Refused at") }
        #expect(refused.contains("licensed: 6 rows became 1"))
        #expect(refused.contains("version 2"))
        let json = try JSONSerialization.jsonObject(with: Data(try status(fixture, state: state, json: true).utf8)) as? [String: Any]
        let instances = try #require(json?["instances"] as? [[String: Any]])
        #expect(instances.first?["generation"] as? Int == 2)
        #expect(instances.first?["mode"] as? String == "chat")

        try tmux.keys("C-c")
        try tmux.waitUntil("the chat to quit") { lines in !lines.contains { $0.contains("Ctrl-C") } }
        let log = try String(contentsOfFile: state + "/tekser/tekser.log", encoding: .utf8)
        #expect(log.contains(" loaded ") && log.contains(" swapped ") && log.contains(" refused "))
        #expect(!log.contains(Fixture.personIIN))
        let after = try waitForStatus(fixture, state: state) { $0.contains("No running Tekser") }
        #expect(after.contains("would load now"))
    }

    @Test func dataCheckNamesASourceOverItsRejectionLimit() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        try writeLicensed(fixture, rows: 5, adding: ["123,broken row"])
        let output = try Binary.run(["data", "check", "--lang", "en", "--data", fixture.directory.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("would be refused in a live update: licensed: 1 of 6 rows rejected, the manifest allows 1%"))
    }
}
