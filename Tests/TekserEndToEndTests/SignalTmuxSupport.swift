import Foundation
import Glibc
import Testing
import TestSupport

/// A screen mode run in its own tmux server, with what a signal test needs around it: the
/// `stty -a` before and after, the exit status, the mode's process id.
struct ModeRun {
    enum Mode: String, CaseIterable, CustomTestStringConvertible {
        case chat, kiosk, desk, trainer
        var testDescription: String { rawValue }
    }

    let mode: Mode
    let tmux: Tmux
    let folder: URL
    let fixture: Fixture

    var journal: URL { folder.appendingPathComponent("journal.sqlite") }
    private var before: URL { folder.appendingPathComponent("stty-before") }
    private var after: URL { folder.appendingPathComponent("stty-after") }
    private var status: URL { folder.appendingPathComponent("status") }

    init(_ mode: Mode, width: Int = 100, height: Int = 30) throws {
        self.mode = mode
        fixture = try Fixture()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-signals-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        tmux = try Tmux(width: width, height: height)
    }

    func finish() {
        tmux.kill()
        fixture.remove()
        try? FileManager.default.removeItem(at: folder)
    }

    /// The mode's command line; the trainer needs the shipped demo data.
    func command(prefix: String = "") throws -> String {
        let binary = try Tmux.tekserBinary()
        let data = fixture.directory.path
        let arguments = switch mode {
        case .chat: "chat --lang en --data '\(data)' --typing-delay 0"
        case .kiosk: "kiosk --lang en --data '\(data)' --config '\(folder.path)/kiosk.yaml' --typing-delay 0"
        case .desk: "desk --lang en --data '\(data)' --journal '\(journal.path)' --operator Aigerim"
        case .trainer: "train --lang en --data '\(Tmux.packageRoot.appendingPathComponent("data").path)'"
        }
        return "\(prefix)\(binary) \(arguments)"
    }

    /// Text the mode shows once it is running.
    var readyText: String {
        switch mode {
        case .chat: "Hello! I am Tekser"
        case .kiosk: "Type a BIN (12 digits) and press Enter"
        case .desk: "F10Quit"
        case .trainer: "DEMO DATA — NOT OFFICIAL REGISTRIES"
        }
    }

    /// Starts the mode in one shell line that also records `stty -a` before, and the exit
    /// status and `stty -a` right after, before the shell's line editor touches the terminal.
    /// A non-interactive shell runs the line: an interactive one drops the rest of a line whose
    /// command died of SIGINT.
    func start(environment: String = "", prefix: String = "") throws {
        let line = "ulimit -c 0; stty -a > '\(before.path)'; \(environment) \(try command(prefix: prefix)); "
            + "echo $? > '\(status.path).tmp'; stty -a > '\(after.path)'; mv '\(status.path).tmp' '\(status.path)'"
        try line.write(to: folder.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
        try tmux.shell("bash '\(folder.path)/run.sh'")
    }

    func waitUntilReady() throws {
        try tmux.waitFor(readyText)
        try tmux.waitUntil("the alternate screen") { _ in (try? tmux.query("#{alternate_on}")) == "1\n" }
    }

    /// The mode's process, under the pane's shell and the script.
    func processID() throws -> pid_t {
        let shell = try tmux.query("#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        let script = try #require(KioskTmuxTests.children(of: shell).first, "no script under the pane's shell")
        return try #require(SignalRestoreTmuxTests.tekserProcess(under: script), "no \(mode) process under the pane's shell")
    }

    /// The exit status the shell saw, once the mode has ended.
    func exitStatus(timeout: TimeInterval = 20) throws -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: status, encoding: .utf8) { return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// The settings of `stty -a` before and after, as sets of words (speed, rows, flags, control characters).
    func sttyBeforeAndAfter() throws -> (before: Set<String>, after: Set<String>) {
        func words(_ url: URL) throws -> Set<String> {
            Set(try String(contentsOf: url, encoding: .utf8).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        }
        return (try words(before), try words(after))
    }

    var isOnAlternateScreen: Bool { (try? tmux.query("#{alternate_on}"))?.hasPrefix("1") ?? true }

    /// True when `pid` no longer runs (or is a zombie) within `timeout`.
    static func ends(_ pid: pid_t, within timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(after: close)...].split(separator: " ").first == "Z" { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Processor time `pid` has used so far, in clock ticks (user + system).
    static func cpuTicks(_ pid: pid_t) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }
}
