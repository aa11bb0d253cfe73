import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport

/// Clone firms in the chat: buttons lead from the impostor to the licensee and back.
@Suite struct ImpostorConversationTests {
    static let data = try! Fixture.withImpostors().load()

    @Test func theImpostorsAnswerOffersTheRealLicensee() {
        var chat = Conversation(data: Self.data)
        let answer = Conversation.texts(chat.send("https://t.me/testbank_invest")).joined()
        #expect(answer.contains("⚠ It uses the name of the licensed АО \"Тест Банк\", but it is NOT that organisation"))
        #expect(chat.lastButtons.contains("✅ АО \"Тест Банк\""))
        let licensee = Conversation.texts(chat.press("✅ АО \"Тест Банк\"")).joined()
        #expect(licensee.hasPrefix("✅ Holds an active licence"))
        #expect(licensee.contains("Beware of impostors: 2 subjects"))
        #expect(chat.lastButtons.contains("🚫 Инвест клуб «Тест Банк Инвест»"))
        #expect(chat.lastButtons.contains("⛔ ТОО «Tест Bank Капитал»"))
    }

    @Test func anImitatorsButtonChecksIt() {
        var chat = Conversation(data: Self.data)
        chat.send(Fixture.bank)
        let clone = Conversation.texts(chat.press("Инвест клуб «Тест Банк Инвест»")).joined()
        #expect(clone.hasPrefix("🚫 On the regulator's warning list"))
        #expect(clone.contains("the licensed one has BIN \(Fixture.bank)"))
    }

    @Test func aPersonWithALicenseesNameIsNeverOffered() {
        var chat = Conversation(data: Self.data)
        let answer = Conversation.texts(chat.send(Fixture.bank)).joined()
        #expect(!answer.contains("Тест Банк;") && !answer.hasSuffix("Тест Банк"))
        #expect(!chat.lastButtons.contains { $0.hasSuffix(" Тест Банк") })
    }
}
