import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport

/// Whole conversations, every action of every answer stated in full (TCA's exhaustive style):
/// a changed word, button or keyboard anywhere fails the step that sent it.
@Suite struct ConversationStoreTests {
    @Test func greetingLanguageCheckEvidenceTypoAndLanguageAgain() {
        var store = BotStore(language: .en)
        // The greeting lists every registry with its date and offers the languages; the menu comes in a message of its own.
        store.send(.message("/start"), [
            .sendMessage(BotMessage(id: 1, text: """
                Hello! I am Tekser, a bot that checks whether an organisation shows signs of a financial pyramid.
                Send me an organisation's BIN (12 digits) and I will look it up in:
                • ARDFM register of licensed organisations (as of 2026-11-01)
                • ARDFM warning list (as of 2026-11-02)
                • AFM criminal cases (as of 2026-10-15)
                • Ministry of Internal Affairs criminal cases (as of 2026-10-20)
                Demo data — not official registries
                Choose a language:
                """, markup: .inlineKeyboard(InlineKeyboard([[InlineButton("Қазақша", data: "lang:kk"), InlineButton("Русский", data: "lang:ru"), InlineButton("English", data: "lang:en")]])))),
            .sendMessage(BotMessage(id: 2, text: "Type the organisation's 12-digit BIN (or a person's IIN) and press Enter.", markup: .replyKeyboard(ReplyKeyboard([["🔎 Check a BIN"], ["📋 Signs of a pyramid", "📞 Where to report"], ["🌐 Language", "❓ Help"]], inputFieldPlaceholder: "BIN, e.g. 940140000385")))),
        ])
        // A language button is answered, and everything from then on is in that language.
        store.send(.callbackQuery(messageID: 1, data: "lang:ru"), [
            .answerCallbackQuery(notice: nil),
            .sendMessage(BotMessage(id: 3, text: "Язык: русский. Пришлите БИН или выберите пункт меню.", markup: .replyKeyboard(ReplyKeyboard([["🔎 Проверить БИН"], ["📋 Признаки пирамиды", "📞 Куда сообщить"], ["🌐 Язык", "❓ Помощь"]], inputFieldPlaceholder: "БИН, например 940140000385")))),
        ]) {
            $0.language = .ru
            $0.languageChosen = true
        }
        // A BIN: "typing…", then one answer with its buttons, and a check spent.
        store.send(.message(Fixture.bank), [
            .sendChatAction(.typing),
            .sendMessage(BotMessage(id: 4, text: """
                ✅ Имеет действующую лицензию
                  АО "Тест Банк"
                Найдено: реестр лицензиатов АРРФР (на 2026-11-01)
                Нет в: предупредительный список АРРФР (на 2026-11-02); уголовные дела АФМ (на 2026-10-15); уголовные дела МВД (на 2026-10-20)
                БИН 940140000385: зарегистрировано 01.1994, юридическое лицо — резидент, головное подразделение
                Она имеет лицензию регулятора на указанный вид деятельности. Убедитесь, что имеете дело именно с ней: мошенники копируют названия и сайты.
                Демонстрационные данные — не официальные реестры
                Сегодня осталось 4 проверки.
                """, markup: .inlineKeyboard(InlineKeyboard([[InlineButton("📄 Основания", data: "ev:940140000385"), InlineButton("💡 Что делать", data: "todo:licensed")], [InlineButton("🔎 Проверить другой", data: "again")]])))),
        ]) {
            $0.quota.day = CalendarDate(year: 2026, month: 11, day: 25)
            $0.quota.used = 1
        }
        // The evidence spends no check.
        store.send(.callbackQuery(messageID: 4, data: "ev:\(Fixture.bank)"), [
            .answerCallbackQuery(notice: nil),
            .sendMessage(BotMessage(id: 5, text: """
                БИН 940140000385: зарегистрировано 01.1994, юридическое лицо — резидент, головное подразделение
                
                реестр лицензиатов АРРФР (на 2026-11-01): licensed.csv, строка 2
                  БИН: 940140000385
                  Вид лицензии: Банковская деятельность
                  Номер лицензии: 1.2.3/45
                  Дата выдачи: 01.02.1995
                  Статус: действующая
                  Наименование (каз.): «Тест Банк» АҚ
                  Наименование (рус.): АО "Тест Банк"
                
                Проверено, совпадений нет: предупредительный список АРРФР (на 2026-11-02); уголовные дела АФМ (на 2026-10-15); уголовные дела МВД (на 2026-10-20)
                
                Демонстрационные данные — не официальные реестры
                """)),
        ])
        // Eleven digits: the reason, and the known BIN one digit away as a button; no check spent.
        store.send(.message("94014000038"), [
            .sendMessage(BotMessage(id: 6, text: """
                ❗ 11 цифр — а в БИН и ИИН их 12.
                Возможно, вы имели в виду:
                """, markup: .inlineKeyboard(InlineKeyboard([[InlineButton("✅ 940140000385 — АО \"Тест Банк\"", data: "chk:940140000385")]])))),
        ])
        // The language can be chosen again at any time.
        store.send(.message("/lang"), [
            .sendMessage(BotMessage(id: 7, text: "Выберите язык:", markup: .inlineKeyboard(InlineKeyboard([[InlineButton("Қазақша", data: "lang:kk"), InlineButton("Русский", data: "lang:ru"), InlineButton("English", data: "lang:en")]])))),
        ])
    }
}
