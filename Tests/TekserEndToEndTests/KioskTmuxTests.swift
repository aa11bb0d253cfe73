import Foundation
import Testing
import TestSupport

/// The kiosk in a real terminal: no key leaves it, an idle session leaves no trace, and only
/// the operator's PIN gives the terminal back.
@Suite struct KioskTmuxTests {
    let fixture = try! Fixture()
    static let pin = "739146"

    /// A settings file with the PIN set through `tekser kiosk set-pin`, as an operator would.
    func configWithPIN() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-\(UUID().uuidString)/kiosk.yaml")
        let result = try Binary.run(["kiosk", "set-pin", "--config", url.path, "--lang", "en"], stdin: "\(Self.pin)\n\(Self.pin)\n")
        #expect(result.status == 0, "\(result.stderr)")
        return url
    }

    @Test func noKeyLeavesAnIdleSessionLeavesNoTraceAndThePINExits() throws {
        defer { fixture.remove() }
        let config = try configWithPIN()
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
        let tmux = try Tmux()
        defer { tmux.kill() }
        try tmux.shell("\(try Tmux.tekserBinary()) kiosk --lang en --data '\(fixture.directory.path)' --config '\(config.path)' --idle 3 --typing-delay 0")
        try tmux.waitFor("Hello", "Type a BIN (12 digits) and press Enter")

        for key in ["C-c", "C-z", "C-\\", "C-d", "Escape"] + (1...10).map({ "F\($0)" }) {
            try tmux.keys(key)
            try tmux.expectKioskIntact(after: key)
        }
        try tmux.send("/quit")
        try tmux.expectKioskIntact(after: "/quit")
        try tmux.type(String(repeating: "1234567890", count: 600))
        try tmux.expectKioskIntact(after: "a long paste")
        try tmux.keys("C-u")
        try tmux.waitUntil("the input line to be empty") { lines in !lines.contains { $0.contains("1234567890") } }

        try tmux.send(Fixture.investClub)
        try tmux.waitFor("4 checks left")
        try tmux.waitFor("Are you still there?")
        let wiped = try tmux.waitUntil("the session to be wiped", timeout: 30) { lines in
            let screen = lines.joined(separator: "\n")
            return !screen.contains(Fixture.investClub) && screen.contains("5 checks left")
        }
        #expect(!wiped.joined().contains(Fixture.investClub))
        #expect(!(try tmux.history()).contains(Fixture.investClub), "nothing in tmux's scroll-back either")

        try tmux.keys("F12")
        try tmux.waitFor("Enter the PIN")
        // The whole PIN in one burst, as a fast typist or a busy machine delivers it: one read, still the PIN.
        try tmux.type(Self.pin)
        try tmux.waitFor("• • • • • • _")
        try tmux.keys("Enter")
        try tmux.waitUntil("the shell to be back") { lines in !lines.contains { $0.contains("Type a BIN (12 digits)") } }
        try tmux.shell("clear; stty -a; echo STTY-$((40+2))")
        let stty = try tmux.waitFor("STTY-42")
        let flags = Set(stty.joined(separator: " ").split(separator: " ").map(String.init))
        #expect(flags.contains("icanon") && flags.contains("echo"))
        #expect(!flags.contains("-icanon") && !flags.contains("-echo"))
    }

    /// Stopped from outside (how an operator without a PIN shuts it down): the terminal comes back sane.
    @Test func sigtermRestoresTheTerminal() throws {
        defer { fixture.remove() }
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-\(UUID().uuidString)/kiosk.yaml")
        let tmux = try Tmux()
        defer { tmux.kill() }
        try tmux.shell("\(try Tmux.tekserBinary()) kiosk --lang en --data '\(fixture.directory.path)' --config '\(config.path)' --typing-delay 0")
        try tmux.waitFor("Hello", "Type a BIN (12 digits) and press Enter")
        let shellPID = try tmux.query("#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        let kiosk = try #require(Self.children(of: shellPID).first, "no kiosk process under the pane's shell")
        #expect(kill(kiosk, SIGTERM) == 0)
        try tmux.waitUntil("the kiosk to stop") { lines in !lines.contains { $0.contains("Type a BIN (12 digits)") } }
        try tmux.shell("clear; stty -a; echo STTY-$((40+2))")
        let flags = Set(try tmux.waitFor("STTY-42").joined(separator: " ").split(separator: " ").map(String.init))
        #expect(flags.contains("icanon") && flags.contains("echo") && !flags.contains("-echo"))
    }

    /// The processes whose parent is `pid`, from /proc.
    static func children(of pid: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let child = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && fields[1] == pid ? child : nil
        }
    }
}
