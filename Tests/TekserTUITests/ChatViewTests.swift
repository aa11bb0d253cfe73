import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct ChatViewTests {
    static let menu = ReplyKeyboard([["🔎 Тексеру", "❓ Көмек"]], inputFieldPlaceholder: "БСН, мысалы 940140000385")
    static let languages = InlineKeyboard([[InlineButton("Қазақша", data: "lang:kk"), InlineButton("English", data: "lang:en")]])

    /// A Kazakh chat at the smallest size, with scripted answers.
    static func kazakhChat() -> ChatHarness {
        var chat = ChatHarness(language: .kk, size: Size(width: 40, height: 12), botAnswers: false)
        chat.receive(.sendMessage(BotMessage(id: 1, text: "Мәзір 📋", markup: .replyKeyboard(menu))))
        chat.send("Сәлем 👋")
        return chat
    }

    @Test func userOnTheRightWithSentMarkUnderADateSeparator() {
        let chat = Self.kazakhChat()
        #expect(chat.lines == [
            " Tekser · желіде                Қазақша ",
            "                                        ",
            "               2026-11-25               ",
            " ╭──────────╮                           ",
            " │ Мәзір 📋 │                           ",
            " ╰─── 10:00 ╯                           ",
            "                           ╭──────────╮ ",
            "                           │ Сәлем 👋 │ ",
            "                           ╰─ 10:00 ✓ ╯ ",
            " [   🔎 Тексеру    ] [    ❓ Көмек    ] ",
            "› БСН, мысалы 940140000385              ",
            " Enter жіберу · Tab батырмалар          ",
        ])
    }

    @Test func botOnTheLeftWrappedByDisplayWidthWithButtonsUnderIt() {
        var chat = Self.kazakhChat()
        chat.receive(.sendMessage(BotMessage(id: 2, text: "Қош келдіңіз! БСН-ді жіберіңіз 🔎 мен тексеремін ✅",
                                             markup: .inlineKeyboard(Self.languages))))
        #expect(chat.lines == [
            " Tekser · желіде                Қазақша ",
            "                          │ Сәлем 👋  │ ",
            "                          ╰─ 10:00 ✓✓ ╯ ",
            " ╭──────────────────────╮               ",
            " │ Қош келдіңіз! БСН-ді │               ",
            " │ жіберіңіз 🔎 мен     │               ",
            " │ тексеремін ✅        │               ",
            " ╰─────────────── 10:00 ╯               ",
            " [ Қазақша  ] [ English ]               ",
            " [   🔎 Тексеру    ] [    ❓ Көмек    ] ",
            "› БСН, мысалы 940140000385              ",
            " Enter жіберу · Tab батырмалар          ",
        ])
        #expect(chat.screen.layout.hits.map(\.rect) == [
            Rect(x: 1, y: 8, width: 12, height: 1), Rect(x: 14, y: 8, width: 11, height: 1),
            Rect(x: 1, y: 9, width: 19, height: 1), Rect(x: 21, y: 9, width: 18, height: 1),
        ])
    }

    /// nchat #9/#478: emoji with VS16, flags and ZWJ sequences must not push a border.
    @Test func wideAndCombinedEmojiKeepTheRightBorderInItsColumn() {
        var chat = ChatHarness(size: Size(width: 40, height: 14), botAnswers: false)
        chat.receive(.sendMessage(BotMessage(id: 1, text: "⚠️ ok\n🇰🇿 Қазақстан\n👨‍👩‍👧 family\ne\u{301}\u{301} é")))
        let grid = chat.screen.grid
        let rows = (0..<grid.height).filter { grid.row($0).hasPrefix(" │") }
        #expect(rows.count == 4)
        let rightBorders = Set(rows.map { y in (0..<grid.width).last { grid[$0, y].character == "│" } })
        #expect(rightBorders.count == 1)
    }

    @Test func headerShowsLanguageAndChecksLeftThenTyping() {
        var chat = ChatHarness(typingDelay: 700)
        chat.send(Fixture.bank)
        #expect(chat.lines[0] == " Tekser · typing…                                       English · 4 checks left ")
        chat.pass(seconds: 0.7)
        #expect(chat.lines[0] == " Tekser · online                                        English · 4 checks left ")
        var russian = ChatHarness(language: .ru, quota: 0)
        russian.send(Fixture.bank)
        #expect(russian.lines[0].trimmingCharacters(in: .whitespaces) == "Tekser · в сети                                                        Русский")
    }

    @Test func replyKeyboardAboveTheInputAt80x24() {
        var chat = ChatHarness()
        chat.start()
        #expect(Array(chat.lines.suffix(5)) == [
            " [                               🔎 Check a BIN                               ] ",
            " [        📋 Signs of a pyramid        ] [         📞 Where to report         ] ",
            " [             🌐 Language             ] [              ❓ Help               ] ",
            "› BIN, e.g. 940140000385                                                        ",
            " Enter send · Tab buttons · Alt-1…9 menu · PgUp history · Ctrl-C quit           ",
        ])
        chat.receive(.sendMessage(BotMessage(id: 99, text: "bye", markup: .removeKeyboard)))
        #expect(chat.lines[22] == "› Message                                                                       ")
    }

    @Test func wideScreenKeepsBubblesToThreeQuartersAndUsersRightAligned() {
        var chat = ChatHarness(size: Size(width: 200, height: 60))
        chat.start()
        chat.send(Fixture.bank)
        let grid = chat.screen.grid
        var botRows = 0, userRows = 0
        for y in 1..<(grid.height - 5) {
            let line = grid.row(y)
            if line.hasPrefix(" ╭") || line.hasPrefix(" │") || line.hasPrefix(" ╰") {
                botRows += 1
                #expect(DisplayWidth.width(of: line.trimmingCharacters(in: .whitespaces)) <= 150)
            } else if line.hasSuffix("╮ ") || line.hasSuffix("│ ") || line.hasSuffix("╯ ") {
                userRows += 1
            }
        }
        #expect(botRows > 20)
        #expect(userRows == 6) // "/start" and the BIN
        #expect(chat.text.contains("│ \(Fixture.bank) │"))
    }

    @Test func tooSmallShowsTheNoticeInAllThreeLanguages() {
        let chat = ChatHarness(size: Size(width: 39, height: 11))
        #expect(chat.lines == [
            "                                       ",
            "  Терезені үлкейтіңіз: кемінде 40×12   ",
            "         керек (қазір 39×11).          ",
            "                                       ",
            " Увеличьте окно: нужно не меньше 40×12 ",
            "            (сейчас 39×11).            ",
            "                                       ",
            "Make the window larger: at least 40×12 ",
            "             (now 39×11).              ",
            "                                       ",
            "                                       ",
        ])
        #expect(chat.screen.cursor == nil)
        #expect(chat.screen.layout.hits.isEmpty)
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 12, height: 5),
                      Size(width: 39, height: 60), Size(width: 200, height: 11), Size(width: 40, height: 12)])
    func anySizeDrawsWithoutBreaking(size: Size) {
        var chat = ChatHarness(size: size)
        chat.start()
        chat.send(Fixture.investClub)
        #expect(chat.lines.allSatisfy { DisplayWidth.width(of: $0) == size.width }, "no row is cut or shifted by a wide character")
        let tooSmall = size.width < 40 || size.height < 12
        #expect(chat.text.contains("Tekser") == !tooSmall || size.width < 10)
    }

    @Test func resizeReflowsEverything() {
        var chat = ChatHarness()
        chat.start()
        chat.send(Fixture.bank)
        let wide = chat.lines
        chat.resize(to: Size(width: 100, height: 30))
        #expect(chat.lines.count == 30 && chat.lines.allSatisfy { DisplayWidth.width(of: $0) == 100 })
        #expect(chat.lines != wide)
        #expect(chat.lines[0].hasSuffix("English · 4 checks left "))
        chat.resize(to: Size(width: 40, height: 12))
        #expect(chat.lines.contains(" [ 📄 Evidence ] [ 💡 What t… ]         "))
    }

    @Test func datesSeparateDays() {
        var chat = ChatHarness(language: .en, size: Size(width: 40, height: 16), botAnswers: false)
        chat.send("one")
        chat.pass(seconds: 86_400)
        chat.send("two")
        let separators = chat.lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("2026-11-2") }
        #expect(separators.map { $0.trimmingCharacters(in: .whitespaces) } == ["2026-11-25", "2026-11-26"])
    }

    @Test func cursorFollowsDisplayWidthAndLongInputScrolls() {
        var chat = ChatHarness(size: Size(width: 40, height: 12))
        chat.type("Сәлем 👋")
        #expect(chat.screen.cursor == Point(x: 2 + 8, y: 10))
        chat.type(String(repeating: "ә", count: 50))
        #expect(chat.screen.cursor == Point(x: 38, y: 10))
        #expect(chat.lines[10] == "› " + String(repeating: "ә", count: 36) + "  ")
        chat.press(.home)
        #expect(chat.screen.cursor == Point(x: 2, y: 10))
        #expect(chat.lines[10].hasPrefix("› Сәлем 👋әәә"))
    }
}

/// A chat on the team's published data names the version in its header as the feed reports it.
@Suite struct ChatPublishedViewTests {
    @Test func theHeaderFollowsTheStateOfTheDataInUse() {
        var chat = ChatHarness(size: Size(width: 60, height: 12))
        chat.start()
        #expect(!chat.lines[0].contains("data v"))
        chat.driver.send(.data(DataChange(data: nil, events: [], state: DataState(version: 2))))
        #expect(chat.lines[0] == " Tekser · online          data v2 · English · 5 checks left ")
        chat.driver.send(.data(DataChange(data: nil, events: [], state: DataState(version: 2, serverAway: true))))
        #expect(chat.lines[0].contains("data v2, server away · English"))
        // A local folder again (no version): nothing is named.
        chat.driver.send(.data(DataChange(data: nil, events: [], state: DataState())))
        #expect(!chat.lines[0].contains("data v"))
    }
}
