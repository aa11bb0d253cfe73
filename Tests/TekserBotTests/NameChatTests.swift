import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport

@Suite struct NameChatTests {
    let catalog = Conversation.catalog

    func lastMessage(_ actions: [BotAction]) -> BotMessage? {
        actions.reversed().lazy.compactMap { if case .sendMessage(let m) = $0 { m } else { nil } }.first
    }

    @Test(arguments: [
        (Language.kk, "Клон Сақтандыру", Fixture.cloneTarget, "🚫"),
        (.ru, "быстрый доход", Fixture.investClub, "⛔"),
        (.en, "Bystryi Dokhod", Fixture.investClub, "⛔"),
        (.en, "Klon Saqtandyru", Fixture.cloneTarget, "🚫"),
    ])
    func aCitizenTypesANameAndPressesAResult(language: Language, typed: String, bin: String, symbol: String) throws {
        var chat = Conversation(language: language)
        let actions = chat.send(typed)
        #expect(actions.first == .sendChatAction(.typing))
        let answer = try #require(lastMessage(actions))
        #expect(answer.text.hasPrefix(catalog.text("names.heading", ["query": .text(typed)], in: language)))
        #expect(answer.text.contains(catalog.text("names.pressToCheck", in: language)))
        let button = try #require(answer.inlineKeyboard?.buttons.first)
        #expect(button.callbackData == "chk:\(bin)")
        #expect(button.text.hasPrefix(symbol))
        #expect(chat.state.quota.used == 0) // searching by name is not a check

        let check = chat.press(button.text)
        #expect(check.first == .answerCallbackQuery(notice: nil))
        let verdict = Conversation.texts(check).joined()
        #expect(verdict.hasPrefix(symbol))
        #expect(verdict.contains(bin))
        #expect(chat.state.quota.used == 1)
    }

    @Test func aSubjectWithoutBINGetsAButtonForItsRow() throws {
        var chat = Conversation()
        let answer = try #require(lastMessage(chat.send("Crypto Oasis")))
        #expect(answer.text.contains("🚫 Crypto Oasis — On the regulator's warning list"))
        #expect(answer.text.contains("same name · no BIN"))
        #expect(answer.inlineKeyboard?.buttons.first?.callbackData == "subj:warning:5")
    }

    @Test(arguments: Language.allCases)
    func nothingFoundIsSaidHonestlyWithWhatToTry(language: Language) throws {
        var chat = Conversation(language: language)
        let answer = try #require(lastMessage(chat.send("Совершенно Неизвестная Фирма")))
        #expect(answer.text == catalog.text("names.notFound", ["query": "Совершенно Неизвестная Фирма"], in: language))
        #expect(answer.text.contains("/help"))
    }

    @Test(arguments: ["ok", "?!", "a1", "...", "/foo"])
    func shortOrCommandLikeTextGetsTheHelp(typed: String) {
        var chat = Conversation()
        let texts = Conversation.texts(chat.send(typed))
        #expect(texts.first?.hasPrefix(catalog.text("chat.notUnderstood", in: .en)) == true)
    }
}
