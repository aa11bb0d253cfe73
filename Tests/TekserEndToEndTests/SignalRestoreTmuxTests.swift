import Foundation
import Glibc
import Testing
import TestSupport

/// Every screen mode, ended every way but its own quit key: the terminal is left exactly as the
/// shell had it, on the normal screen, and the shell sees the status the ending means.
@Suite struct SignalRestoreTmuxTests {
    enum Ending: CaseIterable, CustomTestStringConvertible {
        case interrupt, terminate, hangup, quit
        /// `fatalError` in Swift code, through the test hook `TEKSER_TEST_CRASH=after-start`.
        case crash

        var signal: Int32? {
            switch self {
            case .interrupt: SIGINT
            case .terminate: SIGTERM
            case .hangup: SIGHUP
            case .quit: SIGQUIT
            case .crash: nil
            }
        }

        /// 128 + the signal; a Swift trap is SIGILL (x86-64) or SIGTRAP (arm64).
        var statuses: Set<Int> { signal.map { [128 + Int($0)] } ?? [128 + Int(SIGILL), 128 + Int(SIGTRAP)] }

        var testDescription: String { "\(self)" }
    }

    @Test(arguments: ModeRun.Mode.allCases, Ending.allCases)
    func theTerminalComesBackAsItWas(mode: ModeRun.Mode, ending: Ending) throws {
        let run = try ModeRun(mode)
        defer { run.finish() }
        if let signal = ending.signal {
            try run.start()
            try run.waitUntilReady()
            if mode == .desk { try DeskInquiry.answer(Fixture.bank, shows: "✅ \(Fixture.bank)", in: run.tmux) }
            #expect(kill(try run.processID(), signal) == 0)
        } else {
            // Without the runtime's backtracer, which takes long over a debug binary.
            try run.start(environment: "TEKSER_TEST_CRASH=after-start SWIFT_BACKTRACE=enable=no")
        }
        let status = try #require(try run.exitStatus(), "\(mode) did not end")
        #expect(ending.statuses.contains(status), "exit status \(status)")
        let stty = try run.sttyBeforeAndAfter()
        #expect(stty.after == stty.before, "changed: \(stty.before.symmetricDifference(stty.after).sorted())")
        #expect(!run.isOnAlternateScreen)
        if ending == .crash {
            // Standard error, held back while the screen was taken, is shown on the normal screen.
            try run.tmux.waitFor("TEKSER_TEST_CRASH=after-start: a deliberate crash")
        }
        if mode == .desk, ending != .crash {
            let list = try Binary.run(["journal", "list", "--journal", run.journal.path, "--lang", "en"])
            #expect(list.status == 0 && list.stdout.contains(Fixture.bank), "the answered inquiry is in the journal:\n\(list.stdout)\(list.stderr)")
        }
    }

    /// The window closed under the program: by tmux (the kernel's SIGHUP), or with the program in
    /// a session of its own (`setsid`), where only failing reads tell. Either way it ends, not spins.
    @Test(arguments: ModeRun.Mode.allCases, [false, true])
    func aClosedTerminalEndsTheProgram(mode: ModeRun.Mode, ownSession: Bool) throws {
        let run = try ModeRun(mode)
        defer { run.finish() }
        try run.start(prefix: ownSession ? "setsid -w " : "")
        try run.waitUntilReady()
        if mode == .desk { try DeskInquiry.answer(Fixture.bank, shows: "✅ \(Fixture.bank)", in: run.tmux) }
        let pid = try run.processID()
        _ = try? run.tmux.run(["kill-window", "-t", "0"])
        #expect(ModeRun.ends(pid, within: 5), "still running, \(ModeRun.cpuTicks(pid) ?? 0) ticks of processor time")
        if mode == .desk {
            let list = try Binary.run(["journal", "list", "--journal", run.journal.path, "--lang", "en"])
            #expect(list.stdout.contains(Fixture.bank), "\(list.stdout)\(list.stderr)")
        }
    }

    /// `pid` itself when it runs tekser, else its first descendant that does (under `setsid -w`).
    static func tekserProcess(under pid: pid_t) -> pid_t? {
        let name = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        if name == "tekser" { return pid }
        for _ in 0..<100 {
            if let child = KioskTmuxTests.children(of: String(pid)).first { return tekserProcess(under: child) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }
}

/// Typing an inquiry on the desk and waiting for its answer, which is only shown once journaled
/// (or kept, marked "not saved yet").
enum DeskInquiry {
    static func answer(_ text: String, shows answer: String, in tmux: Tmux) throws {
        try tmux.type(text)
        try tmux.waitUntil("“\(text)” typed") { lines in lines.contains { $0.contains("BIN/IIN: \(text)") } }
        try tmux.keys("Enter")
        try tmux.waitFor(answer)
    }
}
