import CNCurses
import Glibc
import Testing
@testable import TekserTUI

@Suite struct TestTerminalTests {
    @Test func drawKeepsTheScreenAndSendsOnlyChanges() {
        let terminal = TestTerminal(size: Size(width: 10, height: 2))
        var grid = Grid(size: terminal.size)
        grid.put("Сәлем", at: Point(x: 0, y: 0))
        terminal.draw(grid, cursor: Point(x: 5, y: 0))
        terminal.draw(grid, cursor: Point(x: 5, y: 0))
        grid.put("✅", at: Point(x: 2, y: 1))
        terminal.draw(grid, cursor: nil)
        #expect(terminal.lines == ["Сәлем     ", "  ✅      "])
        #expect(terminal.sentRuns.map { $0.map(\.text) } == [["Сәлем"], [], ["✅"]])
        #expect(terminal.cursor == nil)
    }

    @Test func scriptedEventsAndResize() {
        let terminal = TestTerminal(script: [.text("ә"), .resize(Size(width: 30, height: 5)), .control("c")])
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .input(.text("ә")))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .input(.resize(Size(width: 30, height: 5))))
        #expect(terminal.size == Size(width: 30, height: 5))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .input(.control("c")))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .closed, "a script used up is a terminal gone")
        terminal.restore()
        #expect(terminal.restoreCount == 1)
    }

    @Test func idlePassesTheClockOneWaitAtATime() {
        let clock = ManualClock()
        let start = clock.now
        let terminal = TestTerminal(steps: [.idle(seconds: 2.5), .input(.enter)], clock: clock)
        #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .timeout)
        #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .timeout)
        #expect(clock.now.timeIntervalSince(start) == 2)
        #expect(terminal.nextEvent(timeoutMilliseconds: -1) == .timeout)
        #expect(clock.now.timeIntervalSince(start) == 2.5)
        #expect(terminal.nextEvent(timeoutMilliseconds: 1000) == .input(.enter))
    }

    @Test func asciiTerminalsGetAsciiGlyphs() {
        let ascii = TerminalCapabilities(colors: .monochrome, unicode: false, mouse: false)
        #expect(ascii.glyphs == .ascii)
        #expect(TerminalCapabilities(colors: .basic, unicode: true, mouse: false).glyphs == .unicode)
    }
}

@Suite struct CursesEdgeTests {
    /// libc's wcwidth as glibc reports it for the cases below.
    private func libcLike(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x300...0x36F, 0xFE0F, 0x200D, 0x20E3: 0
        case 0x1F000...: 2
        case 0x2705: 2
        case ..<0x20: -1
        default: 1
        }
    }

    @Test(arguments: [
        ("ә", 1, "ә"), ("✅", 2, "✅"), ("e\u{301}", 1, "e\u{301}"),
        ("⚠️", 2, "⚠ "), ("👨‍👩‍👧", 2, "👨"), ("1️⃣", 2, "1 "), ("\u{7}", 1, " "),
    ])
    func cellsAreSentAsWideAsTheGridSays(text: String, columns: Int, expected: String) throws {
        let character = try #require(text.first)
        let sent = CellEncoding.scalars(for: character, columns: columns, asciiOnly: false, scalarWidth: libcLike)
        #expect(String(String.UnicodeScalarView(sent)) == expected)
        #expect(sent.map(libcLike).reduce(0, +) == columns)
    }

    @Test func asciiOnlyReplacesEverythingElse() {
        let send = { (character: Character, columns: Int) in
            String(String.UnicodeScalarView(CellEncoding.scalars(for: character, columns: columns, asciiOnly: true, scalarWidth: libcLike)))
        }
        #expect(send("a", 1) == "a")
        #expect(send("ә", 1) == "?")
        #expect(send("🏦", 2) == "? ")
    }

    @Test func realWcwidthAgreesAfterEncoding() {
        setlocale(LC_ALL, "C.UTF-8")
        let wcwidthOf = { (scalar: Unicode.Scalar) in Int(wcwidth(wchar_t(bitPattern: scalar.value))) }
        for character in "Сәлем ✅❌⛔🚫🔎📋📞🌐❓⚠️🏦🇰🇿👨‍👩‍👧é" {
            let columns = DisplayWidth.width(of: character)
            let sent = CellEncoding.scalars(for: character, columns: columns, asciiOnly: false, scalarWidth: wcwidthOf)
            #expect(sent.map(wcwidthOf).reduce(0, +) == columns, "\(character)")
        }
    }

    @Test func cursesKeyCodesMatchTheHeader() {
        #expect(CursesKey.down == KEY_DOWN)
        #expect(CursesKey.up == KEY_UP)
        #expect(CursesKey.left == KEY_LEFT)
        #expect(CursesKey.right == KEY_RIGHT)
        #expect(CursesKey.home == KEY_HOME)
        #expect(CursesKey.end == KEY_END)
        #expect(CursesKey.backspace == KEY_BACKSPACE)
        #expect(CursesKey.f0 == tekser_key_f0())
        #expect(CursesKey.delete == KEY_DC)
        #expect(CursesKey.nextPage == KEY_NPAGE)
        #expect(CursesKey.previousPage == KEY_PPAGE)
        #expect(CursesKey.enter == KEY_ENTER)
        #expect(CursesKey.backTab == KEY_BTAB)
    }

    @Test(arguments: ColorDepth.allCases)
    func everyRoleLooksDifferentFromItsNeighbours(depth: ColorDepth) {
        let palette = Palette(depth: depth)
        #expect(palette[.button] != palette[.focusedButton])
        #expect(palette[.botBubble] != palette[.userBubble])
        #expect(palette[.header] != palette[.normal])
        let colours = ColorRole.allCases.flatMap { [palette[$0].foreground, palette[$0].background] }
        let limit: Int16 = depth == .extended ? 255 : depth == .basic ? 7 : -1
        #expect(colours.allSatisfy { $0 >= -1 && $0 <= limit })
    }
}

/// Signals are sent to the process with `kill`, not `raise`: the test runs on a dispatch
/// thread that blocks signals, and some other thread takes them.
@Suite(.serialized) struct SignalGuardTests {
    private func waitForSignal() -> Int32? {
        for _ in 0..<100 where SignalGuard.receivedSignal == nil { usleep(10_000) }
        return SignalGuard.receivedSignal
    }

    @Test func notifyRecordsTheSignalAndKeepsRunning() {
        SignalGuard.install(policies: [.hangup: .notify], savedModes: nil, programModes: nil,
                            resetSequence: [], resumeSequence: [])
        defer { SignalGuard.uninstall() }
        #expect(SignalGuard.receivedSignal == nil)
        kill(getpid(), SIGHUP)
        #expect(waitForSignal() == SIGHUP)
    }

    @Test func ignoreDoesNothing() {
        SignalGuard.install(policies: [.quit: .ignore, .interrupt: .ignore, .hangup: .notify],
                            savedModes: nil, programModes: nil, resetSequence: [], resumeSequence: [])
        defer { SignalGuard.uninstall() }
        kill(getpid(), SIGQUIT)
        kill(getpid(), SIGINT)
        usleep(20_000)
        kill(getpid(), SIGHUP)
        #expect(waitForSignal() == SIGHUP)
    }

    @Test func uninstallPutsBackThePreviousAction() {
        var before = sigaction()
        sigaction(SIGTERM, nil, &before)
        SignalGuard.install(policies: [:], savedModes: nil, programModes: nil, resetSequence: [], resumeSequence: [])
        var during = sigaction()
        sigaction(SIGTERM, nil, &during)
        SignalGuard.uninstall()
        var after = sigaction()
        sigaction(SIGTERM, nil, &after)
        let handler = { (action: sigaction) in unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) }
        #expect(handler(during) != handler(before))
        #expect(handler(after) == handler(before))
    }
}
