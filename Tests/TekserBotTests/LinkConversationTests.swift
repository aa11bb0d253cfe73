import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport

/// A citizen pastes a link, or types a handle and picks the network, and gets the verdict.
@Suite struct LinkConversationTests {
    @Test func aPastedLinkGetsTheVerdictWhatMatchedAndButtons() {
        var chat = Conversation()
        let actions = chat.send("https://www.t.me/s/FastIncome/")
        #expect(actions.first == .sendChatAction(.typing))
        let text = Conversation.texts(actions).joined()
        #expect(text.hasPrefix("⛔ Criminal case registered"))
        #expect(text.contains("Инвест Клуб «Быстрый доход»"))
        #expect(text.contains("Matches the listed link https://t.me/fastincome (the same account)"))
        #expect(text.contains("4 checks left today."))
        guard case .sendMessage(let answer) = actions.last else { Issue.record("no answer"); return }
        #expect(answer.inlineKeyboard?.buttons.map(\.text) == ["📄 Evidence", "💡 What to do", "🔎 Check another", "⚠ Report"])
        let evidence = Conversation.texts(chat.press("Evidence")).joined()
        #expect(evidence.contains("mvd.csv, line 2") && evidence.contains("warning.csv, line 2"))
        #expect(chat.state.quota.used == 1)
    }

    @Test func aLinkOnNoListIsNotFoundWithWhatElseToCheck() {
        var chat = Conversation(language: .ru)
        let text = Conversation.texts(chat.send("new-invest-club.kz")).joined()
        #expect(text.hasPrefix("❔"))
        #expect(text.contains("Проверена ссылка: new-invest-club.kz"))
        let advice = Conversation.texts(chat.press("Что делать")).joined()
        #expect(advice.contains("Спросите БИН компании"))
    }

    @Test func aHandleAloneAsksForTheNetworkThenChecks() {
        var chat = Conversation()
        let asked = chat.send("@cryptooasis")
        #expect(Conversation.texts(asked) == ["Which network is @cryptooasis on?"])
        guard case .sendMessage(let question) = asked.last else { Issue.record("no question"); return }
        #expect(question.inlineKeyboard?.buttons.map(\.callbackData).first == "pl:ig:cryptooasis")
        #expect(question.inlineKeyboard?.buttons.count == SocialPlatform.allCases.count)
        #expect(chat.state.quota.used == 0)
        let answer = Conversation.texts(chat.press("Telegram")).joined()
        #expect(answer.contains("On the regulator's warning list"))
        #expect(answer.contains("Crypto Oasis"))
        #expect(answer.contains("Link checked: Telegram @cryptooasis"))
    }

    @Test func anUnusableLinkIsExplainedWithoutSpendingQuota() {
        var chat = Conversation()
        let text = Conversation.texts(chat.send("https://instagram.com/")).joined()
        #expect(text.contains("Instagram's own page"))
        #expect(chat.state.quota.used == 0)
    }

    @Test func aSubjectButtonShowsThatSubjectsVerdict() {
        var chat = Conversation()
        let actions = chat.bot.handle(.callbackQuery(messageID: 1, data: "subj:warning:5"), state: &chat.state, now: chat.now)
        let text = Conversation.texts(actions).joined()
        #expect(text.hasPrefix("🚫 On the regulator's warning list"))
        #expect(text.contains("Crypto Oasis"))
        let stale = chat.bot.handle(.callbackQuery(messageID: 1, data: "subj:warning:3"), state: &chat.state, now: chat.now)
        #expect(Conversation.texts(stale) == [Conversation.catalog.text("chat.buttonExpired", in: .en)])
    }
}
