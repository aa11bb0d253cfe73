import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct KioskTests {
    @Test func startsOnTheWelcomeScreenWithTheKioskInstructions() {
        let kiosk = KioskHarness()
        #expect(kiosk.text.contains("Hello"))
        #expect(kiosk.lines.last?.contains("Type a BIN (12 digits) and press Enter") == true)
        #expect(!kiosk.text.contains("Ctrl-C"), "no way out is advertised")
    }

    @Test(arguments: [InputEvent.control("c"), .control("z"), .control("d"), .control("\\"), .escape,
                      .function(1), .function(10), .alt("x")])
    func noKeyLeavesOrSuspends(_ key: InputEvent) {
        var kiosk = KioskHarness()
        kiosk.type("/quit")
        kiosk.press(key)
        kiosk.press(.enter)
        let leaving: [KioskCommand] = [.exit, .chat(.quit), .chat(.suspend)]
        #expect(kiosk.commands.allSatisfy { !leaving.contains($0) })
        #expect(!kiosk.model.chat.showsKeys, "the key list, with Ctrl-C in it, is not for citizens")
        #expect(kiosk.model.overlay == nil)
    }

    @Test func pastesLoseControlCharactersAndAreCut() {
        var kiosk = KioskHarness()
        kiosk.press(.paste("94\u{1B}[2J01\u{07}40\n000385"))
        #expect(kiosk.model.chat.input.text == "94[2J0140 000385")
        kiosk.press(.paste(String(repeating: "9", count: 100_000)))
        #expect(kiosk.model.chat.input.characters.count == kiosk.model.settings.maxInputLength)
        kiosk.type("1")
        #expect(kiosk.model.chat.input.characters.count == kiosk.model.settings.maxInputLength)
    }

    @Test func idleSessionIsWipedAfterTheCountdown() {
        var kiosk = KioskHarness(idleSeconds: 90)
        kiosk.send(Fixture.investClub)
        kiosk.type("unsent words")
        #expect(kiosk.text.contains(Fixture.investClub))
        #expect(kiosk.text.contains("4 checks left"))
        kiosk.wait(89)
        #expect(kiosk.model.overlay == nil)
        kiosk.wait(1)
        #expect(kiosk.text.contains("Are you still there?"))
        #expect(kiosk.text.contains("erased in 15 s"))
        kiosk.wait(5)
        #expect(kiosk.text.contains("erased in 10 s"))
        kiosk.wait(10)
        #expect(kiosk.model.overlay == nil)
        #expect(kiosk.model.sessionNumber == 2)
        #expect(!kiosk.text.contains(Fixture.investClub))
        #expect(!kiosk.text.contains("unsent words"))
        #expect(kiosk.text.contains("5 checks left"), "a new session is a new quota account")
        #expect(kiosk.text.contains("Hello"))
    }

    @Test func anyKeyKeepsTheSession() {
        var kiosk = KioskHarness(idleSeconds: 30)
        kiosk.send(Fixture.investClub)
        kiosk.wait(40)
        #expect(kiosk.model.overlay != nil)
        kiosk.press(.text("x"))
        #expect(kiosk.model.overlay == nil)
        #expect(kiosk.model.chat.input.text == "", "the key that answers the question is not typed")
        kiosk.wait(29)
        #expect(kiosk.model.sessionNumber == 1)
        #expect(kiosk.text.contains(Fixture.investClub))
    }

    @Test func anUntouchedWelcomeScreenIsLeftAlone() {
        var kiosk = KioskHarness(idleSeconds: 5)
        kiosk.wait(100)
        #expect(kiosk.model.overlay == nil)
        #expect(kiosk.model.sessionNumber == 1)
    }

    @Test func afterAWipeNothingOfTheLastCitizenCanBeSeenScrolledOrRecalled() {
        var kiosk = KioskHarness(idleSeconds: 10)
        for _ in 0..<4 { kiosk.send(Fixture.investClub) }
        kiosk.send(Fixture.personIIN)
        kiosk.wait(25)
        #expect(kiosk.model.sessionNumber == 2)
        kiosk.press(.up, .up, .control("p"))
        #expect(kiosk.model.chat.input.text == "")
        #expect(kiosk.model.chat.input.history.isEmpty)
        kiosk.press(.pageUp, .pageUp, .wheelUp(Point(x: 1, y: 5)))
        #expect(!kiosk.text.contains(Fixture.investClub))
        #expect(!kiosk.text.contains(String(Fixture.personIIN.prefix(4))))
        #expect(kiosk.model.chat.bubbles.allSatisfy { !$0.text.contains(Fixture.investClub) })
    }

    @Test func anIINIsShownMaskedInTheCitizensOwnBubble() throws {
        var kiosk = KioskHarness()
        kiosk.send(Fixture.personIIN)
        let masked = try IdentifierParser.parse(Fixture.personIIN).get().masked
        #expect(masked == Fixture.maskedPersonIIN)
        let bubble = try #require(kiosk.model.chat.bubbles.last { $0.isFromUser })
        #expect(bubble.text == masked)
        #expect(!kiosk.text.contains(Fixture.personIIN))
        #expect(kiosk.text.contains(masked))
    }

    @Test func theRightPINExits() {
        var kiosk = KioskHarness()
        kiosk.press(.function(12))
        #expect(kiosk.text.contains("Enter the PIN"))
        kiosk.type("7391")
        #expect(kiosk.text.contains("• • • • _"))
        #expect(!kiosk.text.contains("7391"))
        kiosk.type("46")
        kiosk.press(.enter)
        #expect(kiosk.commands.last == .exit)
    }

    /// Digits arriving in one read (a fast typist, a busy machine) are a paste; the PIN prompt takes them.
    @Test func aPINTypedInOneBurstExits() {
        var kiosk = KioskHarness()
        kiosk.press(.function(12), .paste("7391"), .paste("46"))
        #expect(kiosk.text.contains("• • • • • • _"))
        kiosk.press(.enter)
        #expect(kiosk.commands.last == .exit)
    }

    @Test func threeWrongPINsLockThePromptForAMinute() {
        var kiosk = KioskHarness()
        kiosk.press(.function(12))
        for attempt in 1...3 {
            kiosk.type("0000")
            kiosk.press(.enter)
            #expect(kiosk.pinChecks.value == attempt)
        }
        #expect(kiosk.text.contains("Too many wrong attempts. Try again in 60 s."))
        kiosk.type(KioskHarness.pin)
        kiosk.press(.enter)
        #expect(kiosk.pinChecks.value == 3, "a locked prompt does not even check")
        #expect(!kiosk.commands.contains(.exit))
        kiosk.press(.escape, .function(12))
        kiosk.wait(59)
        #expect(kiosk.model.isLocked(now: kiosk.now))
        kiosk.wait(1)
        #expect(!kiosk.model.isLocked(now: kiosk.now))
        kiosk.press(.function(12))
        kiosk.send(KioskHarness.pin)
        #expect(kiosk.commands.last == .exit)
    }

    @Test func withoutAPINTheOperatorKeySaysSo() {
        var kiosk = KioskHarness(withPIN: false)
        kiosk.press(.function(12))
        #expect(kiosk.text.contains("No operator PIN is set"))
        kiosk.send("1234")
        #expect(!kiosk.commands.contains(.exit))
    }

    @Test func outOfServiceInThreeLanguagesUntilTheDataLoads() {
        var kiosk = KioskHarness(inService: false)
        #expect(kiosk.text.contains("out of service"))
        #expect(kiosk.text.contains("временно не работает"))
        #expect(kiosk.text.contains("уақытша жұмыс істемейді"))
        kiosk.type("123")
        #expect(kiosk.model.chat.input.text == "")
    }

    @Test func theDataIsRetriedEveryThirtySecondsAndNoCitizensKeyEndsTheKiosk() {
        let catalog = ChatHarness.catalog
        let keys: [InputEvent] = [.control("c"), .control("z"), .control("\\"), .escape, .function(12)] + Array("739146").map { .text($0) }
        let clock = ManualClock(ChatHarness.start)
        let terminal = TestTerminal(steps: [.idle(seconds: 61)] + keys.map(TestTerminal.Step.input) + [.input(.enter)], clock: clock)
        let settings = KioskSettings(language: .en, chat: ChatOptions(typingDelayMilliseconds: 0))
        let model = KioskModel(catalog: catalog, settings: settings, verifyPIN: { $0 == "739146" }, now: clock.now)
        let attempts = Counter()
        let program = KioskProgram(model: model, loadData: {
            attempts.increment()
            return attempts.value < 3 ? nil : ChatHarness.data
        }, makeBot: { Bot(checker: Checker(data: $0), catalog: catalog) }, loading: .inline)
        var runtime = Runtime(Recorded(program), terminal: terminal, clock: clock.read)
        runtime.run()
        #expect(attempts.value == 3, "at 0, 30 and 60 s")
        #expect(terminal.restoreCount == 1)
        #expect(terminal.suspendCount == 0)
        guard case .kiosk(.exit)? = runtime.program.commands.last else {
            Issue.record("the kiosk ended without the PIN: \(runtime.program.commands)"); return
        }
    }

    /// The first load runs off the loop: while it waits on a server that does not answer, the
    /// operator key is still answered; the kiosk opens when the data comes.
    @Test func aSlowFirstLoadLeavesTheOperatorKeyAnswered() {
        let gate = DispatchSemaphore(value: 0)
        let settings = KioskSettings(language: .en, chat: ChatOptions(typingDelayMilliseconds: 0))
        let model = KioskModel(catalog: ChatHarness.catalog, settings: settings, verifyPIN: { $0 == KioskHarness.pin }, now: ChatHarness.start)
        let program = KioskProgram(model: model, loadData: {
            _ = gate.wait(timeout: .now() + 5)
            return ChatHarness.data
        }, makeBot: { Bot(checker: Checker(data: $0), catalog: ChatHarness.catalog) })
        var kiosk = Driver(program, size: Size(width: 80, height: 24), clock: ManualClock(ChatHarness.start))
        kiosk.start()
        kiosk.press([.function(12)])
        #expect(kiosk.text.contains("Enter the PIN"))
        #expect(!kiosk.program.model.inService)
        gate.signal()
        #expect(kiosk.settle { $0.program.model.inService })
    }
}
