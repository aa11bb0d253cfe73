import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// A test terminal whose script can also say "nothing came before the timeout" (nil),
/// and which records the timeouts the run loop asked for.
final class PausingTerminal: Terminal {
    let screen: TestTerminal
    var script: [InputEvent?]
    private(set) var timeouts: [Int] = []

    init(size: Size = Size(width: 80, height: 24), script: [InputEvent?]) {
        screen = TestTerminal(size: size)
        self.script = script
    }

    var size: Size { screen.size }
    var capabilities: TerminalCapabilities { screen.capabilities }
    func draw(_ grid: Grid, cursor: Point?) { screen.draw(grid, cursor: cursor) }
    func restore() { screen.restore() }

    func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        timeouts.append(timeoutMilliseconds)
        precondition(!script.isEmpty, "the run loop kept waiting after the script ended")
        let event = script.removeFirst()
        if let event { screen.script = [event]; return screen.nextEvent(timeoutMilliseconds: 0) }
        return nil
    }
}

@Suite struct ChatAppTests {
    func app(_ terminal: any Terminal, typingDelay: Int = 0) -> ChatApp {
        let bot = Bot(checker: Checker(data: ChatHarness.data), catalog: ChatHarness.catalog,
                      quota: QuotaPolicy(limit: 5, timeZone: ChatHarness.almaty))
        return ChatApp(terminal: terminal, bot: bot, state: ChatState(language: .kk),
                       options: ChatOptions(typingDelayMilliseconds: typingDelay, timeZone: ChatHarness.almaty),
                       clock: { ChatHarness.start })
    }

    @Test func greetsChoosesALanguageChecksAndQuits() {
        let script: [InputEvent] = [.tab, .tab, .tab, .enter] + Fixture.bank.map { .text($0) } + [.enter, .control("c")]
        let terminal = TestTerminal(script: script)
        var chat = app(terminal)
        let state = chat.run()
        #expect(state.language == .en)
        #expect(state.quota.used == 1)
        #expect(terminal.lines.joined().contains("Holds an active licence"))
        #expect(terminal.lines[0].hasSuffix("English · 4 checks left "))
        #expect(terminal.restoreCount == 1)
        #expect(terminal.script.isEmpty)
    }

    @Test func resizeRedrawsAtTheNewSize() {
        let terminal = TestTerminal(script: [.resize(Size(width: 50, height: 14)), .control("c")])
        var chat = app(terminal)
        _ = chat.run()
        #expect(terminal.screen.size == Size(width: 50, height: 14))
        #expect(terminal.lines[0].hasPrefix(" Tekser · желіде"))
    }

    @Test func ctrlLRepaintsEveryRow() {
        let terminal = TestTerminal(script: [.text("a"), .control("l"), .control("c")])
        var chat = app(terminal)
        _ = chat.run()
        let runs = terminal.sentRuns
        #expect(runs[runs.count - 3].map(\.origin.y) == [22])  // typing "a" changes the input row only
        #expect(runs.last?.map(\.origin.y) == Array(0..<24))
    }

    @Test func theLoopWaitsForTheTypingTimerOnly() {
        let terminal = PausingTerminal(script: [.paste(Fixture.bank), .enter, nil, .control("c")])
        var chat = app(terminal, typingDelay: 700)
        _ = chat.run()
        #expect(terminal.timeouts == [-1, -1, 700, -1])
        #expect(terminal.screen.lines.joined().contains("Қолданыстағы лицензиясы бар"))
        #expect(terminal.screen.restoreCount == 1)
    }
}
