import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct ChatLineEditorTests {
    @Test func keysEditTheLineByCharacter() {
        var chat = ChatHarness()
        chat.type("Сәлем әлем")
        chat.press(.left, .left, .left, .left)
        chat.type("👋")
        #expect(chat.model.input.text == "Сәлем 👋әлем")
        chat.press(.home, .delete, .right, .backspace)
        #expect(chat.model.input.text == "лем 👋әлем")
        #expect(chat.model.input.cursor == 0)
        chat.press(.end, .control("w"))
        #expect(chat.model.input.text == "лем ")
        chat.press(.control("a"), .control("e"))
        #expect(chat.model.input.cursor == 4)
        chat.press(.paste("БСН\n940140000385"))
        #expect(chat.model.input.text == "лем БСН 940140000385")
        chat.press(.left, .left, .control("u"))
        #expect(chat.model.input.text == "85")
        #expect(chat.model.input.cursor == 0)
        #expect(chat.commands.isEmpty)
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursorAndItsTrailingSpaces() {
        var editor = LineEditor(text: "one two   ")
        editor.deleteWordBackward()
        #expect(editor.text == "one ")
        editor.deleteWordBackward()
        editor.deleteWordBackward()
        #expect(editor.text.isEmpty)
    }

    @Test func historyBrowsesSentLinesAndKeepsTheDraft() {
        var chat = ChatHarness(botAnswers: false)
        chat.send("first")
        chat.send("second")
        chat.type("draft")
        chat.press(.up)
        #expect(chat.model.input.text == "second")
        chat.press(.up, .up)
        #expect(chat.model.input.text == "first")
        chat.press(.down)
        #expect(chat.model.input.text == "second")
        chat.press(.down)
        #expect(chat.model.input.text == "draft")
        chat.press(.down)
        #expect(chat.model.input.text == "draft")
    }
}

@Suite struct ChatUpdateTests {
    @Test func enterSendsTheLineAsAUserBubbleAndEmptyEnterDoesNothing() {
        var chat = ChatHarness()
        chat.press(.enter)
        chat.type("   ")
        chat.press(.enter)
        #expect(chat.commands.isEmpty)
        chat.press(.control("u"))
        chat.send("  /help ")
        #expect(chat.commands == [.send(.message("/help"))])
        #expect(chat.model.bubbles.first?.text == "/help")
        #expect(chat.model.bubbles.first?.isRead == true)
        #expect(chat.model.bubbles.count == 2)
    }

    @Test func tabFocusesButtonsInScreenOrderAndEnterPressesTheFocusedOne() {
        var chat = ChatHarness()
        chat.start()
        chat.press(.tab)
        #expect(chat.model.focus == .inline(messageID: 1, index: 0))
        chat.press(.tab)
        #expect(chat.screen.cursor == nil)
        #expect(chat.screen.grid[chat.button("Русский")!.rect.minX, chat.button("Русский")!.rect.minY].style.role == .focusedButton)
        chat.press(.enter)
        #expect(chat.commands.last == .send(.callbackQuery(messageID: 1, data: "lang:ru")))
        #expect(chat.state.language == .ru)
        #expect(chat.model.focus == nil)
        #expect(chat.lines[0].contains("Русский"))
    }

    @Test func shiftTabStartsFromTheLastButtonAndEscapeGivesTheInputBack() {
        var chat = ChatHarness()
        chat.start()
        chat.press(.backTab)
        #expect(chat.model.focus == .reply(index: 4))
        chat.press(.backTab)
        #expect(chat.model.focus == .reply(index: 3))
        chat.press(.tab, .tab)
        #expect(chat.model.focus == chat.screen.layout.hits.first?.target)
        chat.press(.escape)
        #expect(chat.model.focus == nil)
        #expect(chat.screen.cursor != nil)
    }

    @Test func altDigitPressesThatMenuButton() {
        var chat = ChatHarness()
        chat.start()
        chat.press(.alt("2"))
        #expect(chat.commands.last == .send(.message("📋 Signs of a pyramid")))
        #expect(chat.text.contains("Signs of a financial pyramid (1/4)"))
        chat.press(.alt("9"))
        #expect(chat.commands.last == .send(.message("📋 Signs of a pyramid")))
    }

    /// nchat #179: Alt must work whether the terminal sends ESC + key or sets the meta bit.
    @Test(arguments: [(false, [RawInput.character(0x1B), .character(0x32)]), (true, [RawInput.character(0xB2)])])
    func altArrivesInBothEncodings(metaBit: Bool, raw: [RawInput]) {
        var decoder = InputDecoder(metaBitMeansAlt: metaBit)
        let events = decoder.decode(raw)
        #expect(events == [.alt("2")])
        var chat = ChatHarness()
        chat.start()
        for event in events { chat.press(event) }
        #expect(chat.commands.last == .send(.message("📋 Signs of a pyramid")))
    }

    @Test func clickingAButtonPressesIt() {
        var chat = ChatHarness()
        chat.start()
        let clicked = chat.click("English")
        #expect(clicked)
        #expect(chat.commands.last == .send(.callbackQuery(messageID: 1, data: "lang:en")))
        #expect(chat.text.contains("Language: English."))
        let before = chat.commands.count
        chat.press(.click(Point(x: 0, y: 0)))
        #expect(chat.commands.count == before)
    }

    @Test func editedMessagesChangeInPlace() {
        var chat = ChatHarness()
        chat.send("/signs")
        let count = chat.model.bubbles.count
        chat.click("▶")
        #expect(chat.model.bubbles.count == count)
        #expect(chat.text.contains("(2/4)"))
        #expect(!chat.text.contains("(1/4)"))
    }

    @Test func pageUpAndTheWheelScrollTheHistory() {
        var chat = ChatHarness()
        chat.start()
        chat.send(Fixture.bank)
        let bottom = chat.lines
        let page = chat.screen.layout.historyHeight - 1
        chat.press(.pageUp)
        #expect(chat.model.scroll == page)
        #expect(chat.lines != bottom)
        #expect(chat.lines[1 + page].prefix(60) == bottom[1].prefix(60))
        #expect(chat.lines[1 + page].hasSuffix("▼  "))
        chat.press(.pageDown, .pageDown)
        #expect(chat.model.scroll == 0)
        #expect(chat.lines == bottom)
        chat.press(.wheelUp(Point(x: 5, y: 5)))
        #expect(chat.model.scroll == 3)
        for _ in 0..<50 { chat.press(.pageUp) }
        #expect(chat.model.scroll == chat.screen.layout.maxScroll)
        #expect(chat.lines[1].contains("2026-11-25"))
        #expect(chat.lines[3].contains(ChatModel.startCommand))
        chat.send(Fixture.bank)
        #expect(chat.model.scroll == 0)
    }

    /// Scrolled to the top of a narrow window, then widened: less history to scroll, and the
    /// first PgDn moves at once instead of working off rows that no longer exist (fuzz-line-editor).
    @Test func aWiderWindowPullsTheScrollBackWithinTheHistory() {
        var chat = ChatHarness(size: Size(width: 44, height: 16))
        chat.start()
        chat.send(Fixture.bank)
        for _ in 0..<50 { chat.press(.pageUp) }
        let narrowTop = chat.model.scroll
        chat.resize(to: Size(width: 120, height: 40))
        let widest = chat.screen.layout.maxScroll
        #expect(widest < narrowTop)
        #expect(chat.model.scroll == widest)
        chat.press(.pageDown)
        #expect(chat.model.scroll == max(0, widest - (chat.screen.layout.historyHeight - 1)))
    }

    @Test func typingHoldsTheAnswerUntilTheTimerFires() {
        var chat = ChatHarness(typingDelay: 700)
        chat.send(Fixture.bank)
        #expect(chat.model.isTyping)
        #expect(chat.commands.filter { if case .startTimer(_, 700) = $0 { true } else { false } }.count == 1)
        #expect(!chat.text.contains("Holds an active licence"))
        #expect(chat.text.contains("✓✓"))
        chat.send("/help")
        chat.pass(seconds: 0.699)
        #expect(chat.model.isTyping, "not a moment early")
        chat.pass(seconds: 0.001)
        #expect(!chat.model.isTyping)
        let texts = chat.model.bubbles.map(\.text)
        #expect(texts.firstIndex { $0.contains("Holds an active licence") }! < texts.firstIndex { $0.hasPrefix("I check") }!)
        #expect(chat.text.contains("online"))
    }

    @Test func aStaleTimerChangesNothing() {
        var chat = ChatHarness(typingDelay: 700)
        chat.send(Fixture.bank)
        chat.deliver(.timerFired(ChatTimer(kind: .typing, serial: 99)))
        #expect(chat.model.isTyping)
    }

    @Test func aNoticeShowsInTheStatusLineForAMoment() {
        var chat = ChatHarness()
        chat.receive(.answerCallbackQuery(notice: "This button is no longer active."))
        #expect(chat.lines[23].hasPrefix(" This button is no longer active."))
        chat.pass(seconds: 2.5)
        #expect(chat.lines[23].hasPrefix(" Enter send"))
    }

    @Test(arguments: [
        (InputEvent.control("c"), ChatCommand.quit), (.control("l"), .redraw), (.control("z"), .suspend),
        (.resize(Size(width: 90, height: 30)), .redraw),
    ])
    func controlKeys(key: InputEvent, command: ChatCommand) {
        var chat = ChatHarness()
        chat.press(key)
        #expect(chat.commands == [command])
    }

    @Test func f1ShowsTheKeyTableAndAnyKeyClosesIt() {
        var chat = ChatHarness(size: Size(width: 60, height: 30))
        chat.press(.function(1))
        let lines = KeyMap.chat.helpLines(ChatHarness.catalog, in: .en)
        #expect(chat.lines[1].hasPrefix("╭─ Keys (any key closes) "))
        #expect(chat.lines[2] == "│ " + DisplayWidth.padded(lines[0], toWidth: 56) + " │")
        #expect(chat.text.contains("F1            this list of keys"))
        chat.press(.text("x"))
        #expect(chat.model.input.text == "", "the key that closes the list is not typed")
        #expect(!chat.text.contains("this list of keys"))
    }

    @Test func slashQuitLeavesWithoutAskingTheBot() {
        var chat = ChatHarness()
        chat.send("/quit")
        #expect(chat.commands == [.quit])
        #expect(chat.model.bubbles.isEmpty)
    }
}

@Suite struct ChatKeyMapTests {
    @Test func everyActionHasOneBindingAndHelpInEveryLanguage() {
        #expect(Set(KeyMap.chat.bindings.map(\.action)) == Set(KeyAction.allCases))
        #expect(KeyMap.chat.bindings.count == KeyAction.allCases.count)
        let keys = KeyMap.chat.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
        for action in KeyAction.allCases {
            for language in Language.allCases {
                #expect(ChatHarness.catalog.has(action.help.key, in: language), "\(action) in \(language)")
            }
        }
    }

    @Test func theStatusBarIsGeneratedFromTheTable() {
        let entries = KeyMap.chat.barEntries(ChatHarness.catalog, in: .ru).map { "\($0.key) \($0.label)" }
        #expect(entries == ["Enter отправить", "Tab кнопки", "Alt-1…9 меню", "PgUp история", "Ctrl-C выход"])
        #expect(KeyMap.chat.bindings.first { $0.action == .lineStart }?.keyLabel == "Home/Ctrl-A")
        #expect(KeyMap.chat.action(for: .alt("4")) == .pressMenuButton)
        #expect(KeyMap.chat.action(for: .text("a")) == nil)
    }
}
