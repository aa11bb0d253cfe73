import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

/// The runtime itself, run whole on the in-memory terminal: its waits, timers, repaints and
/// the one way out.
@Suite struct RuntimeTests {
    func chat(typingDelay: Int = 0) -> ChatProgram {
        let bot = Bot(checker: Checker(data: ChatHarness.data), catalog: ChatHarness.catalog,
                      quota: QuotaPolicy(limit: 5, timeZone: ChatHarness.almaty))
        return ChatProgram(session: BotSession(bot: bot, state: ChatState(language: .kk)),
                           options: ChatOptions(typingDelayMilliseconds: typingDelay, timeZone: ChatHarness.almaty),
                           now: ChatHarness.start)
    }

    func run(_ program: ChatProgram, on terminal: TestTerminal) -> ChatProgram {
        var runtime = Runtime(program, terminal: terminal, clock: terminal.clock.read)
        return runtime.run()
    }

    @Test func greetsChoosesALanguageChecksAndQuits() {
        let script: [InputEvent] = [.tab, .tab, .tab, .enter] + Fixture.bank.map { .text($0) } + [.enter, .control("c")]
        let terminal = TestTerminal(script: script, clock: ManualClock(ChatHarness.start))
        let ended = run(chat(), on: terminal)
        #expect(ended.session.state.language == .en)
        #expect(ended.session.state.quota.used == 1)
        #expect(terminal.lines[0] == " Tekser · online                                        English · 4 checks left ")
        #expect(terminal.restoreCount == 1)
        #expect(terminal.script.isEmpty)
    }

    @Test func resizeRepaintsAtTheNewSize() {
        let terminal = TestTerminal(script: [.resize(Size(width: 50, height: 14)), .control("c")])
        _ = run(chat(), on: terminal)
        #expect(terminal.lines[0] == " Tekser · желіде        Қазақша · 5 тексеру қалды ")
        #expect(terminal.sentRuns.last?.map(\.origin.y) == Array(0..<14), "every row is sent again")
    }

    @Test func ctrlLRepaintsEveryRow() {
        let terminal = TestTerminal(script: [.text("a"), .control("l"), .control("c")])
        _ = run(chat(), on: terminal)
        let runs = terminal.sentRuns
        #expect(runs[runs.count - 2].map(\.origin.y) == [22], "typing \"a\" changes the input row only")
        #expect(runs.last?.map(\.origin.y) == Array(0..<24))
    }

    /// With nothing but a typing timer running, the loop waits for ever for keys, and for
    /// exactly the timer while it runs; the answer shows once it has run out.
    @Test func theLoopWaitsForTheTypingTimerOnly() {
        let terminal = TestTerminal(steps: [.input(.paste(Fixture.bank)), .input(.enter), .idle(seconds: 0.7), .input(.control("c"))],
                                    clock: ManualClock(ChatHarness.start))
        _ = run(chat(typingDelay: 700), on: terminal)
        #expect(terminal.timeouts == [-1, -1, 700, -1])
        #expect(terminal.lines.contains { $0.contains("Қолданыстағы лицензиясы бар") })
        #expect(terminal.restoreCount == 1)
    }

    /// A timer started, 0.3 s passed, then the wait for the rest: on this clock the sum lands
    /// 0.12 µs short of the deadline, which rounds to a wait of 0 ms. Then the timer must fire;
    /// once it neither fired nor let the loop wait, and the loop spun for ever (fuzzing found it).
    @Test func aDeadlineAFractionOfAMicrosecondAwayFires() {
        let terminal = TestTerminal(steps: [.input(.paste(Fixture.bank)), .input(.enter), .idle(seconds: 0.3), .idle(seconds: 3),
                                            .input(.control("c"))], clock: ManualClock())
        var runtime = Runtime(chat(typingDelay: 700), terminal: terminal, clock: terminal.clock.read)
        runtime.start()
        for _ in 0..<50 where !runtime.isFinished { runtime.turn() }
        let finished = runtime.isFinished
        #expect(finished)
        #expect(terminal.lines.contains { $0.contains("Қолданыстағы лицензиясы бар") })
    }

    @Test func aClosedTerminalEndsTheLoopAndGivesTheTerminalBackOnce() {
        let terminal = TestTerminal(script: [.text("a")])
        var runtime = Runtime(chat(), terminal: terminal)
        runtime.run()
        runtime.shutdown()
        #expect(runtime.isFinished)
        #expect(terminal.restoreCount == 1)
    }

    @Test func aSignalEndsTheLoopAndSaysWhich() {
        let terminal = TestTerminal(steps: [.signal(.terminate), .input(.text("x"))])
        var runtime = Runtime(chat(), terminal: terminal)
        runtime.run()
        #expect(runtime.endingSignal == .terminate)
        #expect(terminal.script.count == 1)
        #expect(terminal.restoreCount == 1)
    }

    @Test func ctrlZSuspendsThroughTheTerminal() {
        let terminal = TestTerminal(script: [.control("z"), .control("c")])
        _ = run(chat(), on: terminal)
        #expect(terminal.suspendCount == 1)
    }

    /// With a live feed the loop wakes every second although nobody types, and a version
    /// swapped in meanwhile is said in the status line.
    @Test func aLiveFeedWakesTheLoopEverySecondAndASwapShowsAsANotice() {
        let live = LiveData(ChatHarness.data)
        let clock = ManualClock(ChatHarness.start)
        var program = chat()
        program = ChatProgram(session: program.session, options: program.chat.options, feed: .following(live), now: clock.now)
        var swapped: ReloadEvent?
        var statusLine = ""
        let terminal = TestTerminal(steps: [.idle(seconds: 1), .run { swapped = live.swap(to: ChatHarness.data, at: clock.now) },
                                            .idle(seconds: 1)], clock: clock)
        terminal.script.append(.run { statusLine = terminal.lines[23] })
        terminal.script.append(.input(.control("c")))
        _ = run(program, on: terminal)
        #expect(terminal.timeouts.prefix(3) == [1000, 1000, 1000])
        let notice = ChatHarness.catalog.text(try! #require(swapped).message, in: .kk)
        #expect(statusLine.hasPrefix(" " + notice))
    }

    /// Plain mode's transcript goes through the terminal's `write`, and `/quit` ends it there.
    @Test func plainModeWritesItsTranscriptToTheTerminal() {
        let bot = Bot(checker: Checker(data: ChatHarness.data), catalog: ChatHarness.catalog)
        let terminal = TestTerminal(script: [.paste(ChatModel.quitCommand), .enter, .paste("never sent"), .enter])
        var runtime = Runtime(PlainProgram(session: BotSession(bot: bot, state: ChatState(language: .en))), terminal: terminal)
        runtime.run()
        #expect(terminal.written.hasPrefix(ChatHarness.catalog.text("plain.botSays", in: .en) + "\nHello! I am Tekser"))
        #expect(terminal.script.count == 2)
    }
}
