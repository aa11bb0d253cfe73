import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct PlainChatTests {
    static let fixture = try! Fixture()
    static let fixtureData = try! fixture.load()
    static let bot = Bot(checker: Checker(data: fixtureData), catalog: try! Catalog.bundled(),
                         quota: QuotaPolicy(limit: 5, timeZone: TimeZone(identifier: "Asia/Almaty")!))

    /// Runs the plain program on the runtime and a line terminal over `inputs`; returns everything it printed.
    func transcript(_ inputs: [String], language: Language = .en) -> String {
        var lines = inputs[...]
        var output = ""
        let terminal = LineTerminal(unicode: true, readLine: { lines.popFirst() }, output: { output += $0 })
        let clock = ManualClock()
        var runtime = Runtime(PlainProgram(session: BotSession(bot: Self.bot, state: ChatState(language: language))),
                              terminal: terminal, clock: clock.read)
        runtime.run()
        return output
    }

    @Test func greetingAndNumberedChoices() {
        let out = transcript([])
        #expect(out.contains("Hello! I am Tekser"))
        #expect(out.contains("  1) Қазақша\n  2) Русский\n  3) English"))
        #expect(out.contains("  4) 🔎 Check a BIN"))
    }

    @Test func aNumberPressesTheButtonAndTextIsSent() {
        let out = transcript(["2", Fixture.bank, "1", "/quit", "never read"])
        #expect(out.contains("Язык: русский."))
        #expect(out.contains("✅ Имеет действующую лицензию"))
        #expect(out.contains("  1) 📄 Основания"))
        #expect(out.contains("строка 2")) // the evidence, pressed with 1
        #expect(!out.contains("never read"))
    }

    @Test func menuChoicesSendTheirLabel() {
        let out = transcript(["5"]) // the first menu entry after three language buttons is 4; 5 is the signs guide
        #expect(out.contains("Signs of a financial pyramid (1/4)"))
    }

    @Test func numbersOutsideTheChoicesAreMessages() {
        let out = transcript(["42"])
        #expect(out.contains("I did not understand that."))
    }

    @Test func aSwappedVersionIsSaidAndAnswersFromThenOn() {
        let live = LiveData(Self.fixtureData)
        var reads = 0
        var output = ""
        var swapped: ReloadEvent?
        let terminal = LineTerminal(unicode: true, readLine: {
            reads += 1
            if reads == 1 { swapped = live.swap(to: Self.fixtureData, at: Date()) }
            return reads == 1 ? Fixture.bank : nil
        }, output: { output += $0 })
        var runtime = Runtime(PlainProgram(session: BotSession(bot: Self.bot, state: ChatState(language: .en)), feed: .following(live)),
                              terminal: terminal, clock: ManualClock().read)
        runtime.run()
        let notice = try! Catalog.bundled().text(try! #require(swapped).message, in: .en)
        #expect(output.contains("> " + notice + "\n"), "\(output)")
        #expect(output.contains("Holds an active licence"))
    }

    /// The data's line is printed when the published version changes, not when the server
    /// comes and goes between polls.
    @Test func theDataLineIsPrintedOnlyWhenTheVersionChanges() {
        var program = PlainProgram(session: BotSession(bot: Self.bot, state: ChatState(language: .en)))
        let states = [DataState(version: 3), DataState(version: 3, serverAway: true), DataState(version: 3), DataState(version: 4, serverAway: true)]
        let written = states.flatMap { state in
            program.update(.data(DataChange(data: nil, events: [], state: state)), now: Date())
        }
        #expect(written == [.write("data v3\n"), .write("data v4, server away\n")])
    }
}
