import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport

@Suite struct ConversationTests {
    let catalog = Conversation.catalog

    @Test(arguments: Language.allCases)
    func startGreetsListsRegistriesOffersLanguagesAndShowsTheMenu(language: Language) {
        var chat = Conversation(language: language)
        let actions = chat.send("/start")
        let texts = Conversation.texts(actions)
        #expect(texts.count == 2)
        #expect(texts[0].contains(catalog.text("chat.greeting", in: language)))
        #expect(texts[0].contains("2026-10-15") && texts[0].contains("2026-11-01"))
        guard case .sendMessage(let greeting) = actions[0] else { Issue.record("no greeting"); return }
        #expect(greeting.inlineKeyboard?.buttons.map(\.text) == ["Қазақша", "Русский", "English"])
        let menu = try! #require(chat.replyKeyboard)
        #expect(menu.buttons.count == 5)
        #expect(menu.buttons[0] == "🔎 " + catalog.text("menu.check", in: language))
    }

    @Test func choosingALanguageSwitchesEverythingFromThenOn() {
        var chat = Conversation(language: .kk)
        chat.send("/start")
        let actions = chat.press("Русский")
        #expect(actions.first == .answerCallbackQuery(notice: nil))
        #expect(chat.state.language == .ru)
        #expect(chat.replyKeyboard?.buttons.first == "🔎 Проверить БИН")
        let answer = Conversation.texts(chat.send(Fixture.bank)).joined()
        #expect(answer.contains("Имеет действующую лицензию"))
    }

    @Test func aBINIsCheckedWithTypingThenOneAnswerWithButtonsAndQuota() {
        var chat = Conversation()
        let actions = chat.send("БИН: 940 140 000 385")
        #expect(actions.first == .sendChatAction(.typing))
        let texts = Conversation.texts(actions)
        #expect(texts.count == 1)
        let lines = texts[0].split(separator: "\n").map(String.init)
        #expect(lines[0] == "✅ Holds an active licence")
        #expect(texts[0].contains("registered 1994-01"))
        #expect(texts[0].contains("4 checks left today."))
        guard case .sendMessage(let answer) = actions.last else { Issue.record("no answer"); return }
        #expect(answer.inlineKeyboard?.buttons.map(\.text) == ["📄 Evidence", "💡 What to do", "🔎 Check another"])
    }

    @Test func evidenceShowsEveryRowWithSourceAndLine() {
        var chat = Conversation()
        chat.send("/check \(Fixture.investClub)")
        let evidence = Conversation.texts(chat.press("Evidence")).joined()
        #expect(evidence.contains("mvd.csv, line 2"))
        #expect(evidence.contains("warning.csv, line 2"))
        #expect(evidence.contains("217 ч.1"))
        #expect(evidence.contains("Searched with no match"))
        #expect(chat.state.quota.used == 1) // evidence does not spend a check
    }

    @Test func anInvalidInputGetsItsReasonAndTypoButtons() {
        var chat = Conversation()
        var typo = Array(Fixture.bank)
        typo.swapAt(9, 10) // 940140000385 -> 940140000835
        let actions = chat.send(String(typo))
        guard case .failure(let problem) = IdentifierParser.parse(String(typo)) else { Issue.record("the typo parses"); return }
        let reason = "❗ " + catalog.text(problem.message, in: .en)
        #expect(Conversation.texts(actions).first?.split(separator: "\n").first.map(String.init) == reason)
        guard case .sendMessage(let message) = actions.last else { Issue.record("no reply"); return }
        let buttons = message.inlineKeyboard?.buttons ?? []
        #expect(buttons.contains { $0.text.contains(Fixture.bank) })
        let pressed = Conversation.texts(chat.press(Fixture.bank)).joined()
        #expect(pressed.contains("Holds an active licence"))
    }

    @Test func wrongLengthIsExplainedWithoutSpendingQuota() {
        var chat = Conversation()
        let text = Conversation.texts(chat.send("94014000038")).joined()
        #expect(text.contains("11"))
        #expect(chat.state.quota.used == 0)
    }

    @Test func quotaRunsOutAndRenewsAtLocalMidnight() {
        var chat = Conversation(quota: 2)
        chat.send(Fixture.bank)
        let second = Conversation.texts(chat.send(Fixture.bank)).joined()
        #expect(second.contains("0 checks left today."))
        let refused = Conversation.texts(chat.send(Fixture.bank)).joined()
        #expect(refused.contains("You have used all 2 checks for today. New checks are available from 00:00."))
        chat.now = Conversation.start.addingTimeInterval(13 * 3600 + 59 * 60) // 23:59 local
        #expect(Conversation.texts(chat.send(Fixture.bank)).joined().contains("You have used all"))
        chat.now = Conversation.start.addingTimeInterval(14 * 3600 + 60) // 00:01 next day
        #expect(Conversation.texts(chat.send(Fixture.bank)).joined().contains("1 check left today."))
    }

    @Test func unlimitedQuotaShowsNoCount() {
        var chat = Conversation(quota: 0)
        for _ in 0..<8 {
            let text = Conversation.texts(chat.send(Fixture.bank)).joined()
            #expect(text.contains("Holds an active licence"))
            #expect(!text.contains("left today"))
        }
    }

    @Test(arguments: Language.allCases)
    func signsGuideIsPagedWithArrows(language: Language) {
        var chat = Conversation(language: language)
        let first = Conversation.texts(chat.send("/signs")).joined()
        #expect(first.contains("(1/4)"))
        #expect(first.contains(catalog.text("signs.item.1", in: language)))
        let second = chat.press("▶")
        guard case .editMessage(let page2) = second.last else { Issue.record("no edit"); return }
        #expect(page2.text.contains("(2/4)"))
        #expect(page2.inlineKeyboard?.buttons.map(\.text) == ["◀", "▶"])
        chat.press("◀")
        #expect(chat.messages.values.contains { $0.text.contains("(1/4)") })
    }

    @Test(arguments: Language.allCases)
    func menuPressesWorkInEveryLanguage(language: Language) {
        var chat = Conversation(language: language)
        chat.send("/start")
        let labels = chat.replyKeyboard!.buttons
        #expect(Conversation.texts(chat.send(labels[1])).joined().contains(catalog.text("signs.item.1", in: language)))
        #expect(Conversation.texts(chat.send(labels[2])).joined() == catalog.text("report.text", in: language))
        #expect(Conversation.texts(chat.send(labels[4])).joined().contains("/check"))
    }

    @Test func anythingElseGetsShortHelpNeverSilence() {
        var chat = Conversation()
        for text in ["hello", "/nonsense", "???", "/start@OtherBot extra"] {
            #expect(!Conversation.texts(chat.send(text)).isEmpty, "silence after \(text)")
        }
    }

    @Test func aStaleButtonIsAnsweredNotIgnored() {
        var chat = Conversation()
        let actions = chat.bot.handle(.callbackQuery(messageID: 99, data: "bogus"), state: &chat.state, now: chat.now)
        #expect(actions == [.answerCallbackQuery(notice: "This button is no longer active.")])
    }

    @Test func asciiModeUsesNoEmoji() {
        var chat = Conversation(ascii: true)
        chat.send("/start")
        let text = Conversation.texts(chat.send(Fixture.bank)).joined()
        #expect(text.hasPrefix("[OK] "))
        #expect(chat.replyKeyboard!.buttons.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII || $0.properties.isAlphabetic || $0 == " " } })
    }
}
