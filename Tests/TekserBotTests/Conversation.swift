import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport

/// A chat with the bot driven like a user would: send text, press buttons, move the clock.
struct Conversation {
    let bot: Bot
    var state: ChatState
    var now: Date
    /// Every message the bot has shown, by id (edits replace).
    var messages: [MessageID: BotMessage] = [:]
    var replyKeyboard: ReplyKeyboard?

    static let fixture = try! Fixture()
    static let catalog = try! Catalog.bundled()
    static let data = try! fixture.load()

    /// 2026-11-25 10:00 in Almaty (UTC+5).
    static let start = Date(timeIntervalSince1970: 1_795_582_800)

    init(language: Language = .en, quota: Int = 5, ascii: Bool = false, data: DataSet = Conversation.data) {
        bot = Bot(checker: Checker(data: data), catalog: Self.catalog,
                  quota: QuotaPolicy(limit: quota, timeZone: TimeZone(identifier: "Asia/Almaty")!), ascii: ascii)
        state = ChatState(language: language)
        now = Self.start
    }

    @discardableResult
    mutating func send(_ text: String) -> [BotAction] {
        apply(bot.handle(.message(text), state: &state, now: now))
    }

    /// Presses the inline button whose label contains `label`, under the latest message that has one.
    @discardableResult
    mutating func press(_ label: String) -> [BotAction] {
        for id in messages.keys.sorted(by: >) {
            if let button = messages[id]?.inlineKeyboard?.buttons.first(where: { $0.text.contains(label) }) {
                return apply(bot.handle(.callbackQuery(messageID: id, data: button.callbackData), state: &state, now: now))
            }
        }
        Issue.record("no button “\(label)” on screen")
        return []
    }

    mutating func apply(_ actions: [BotAction]) -> [BotAction] {
        for action in actions {
            switch action {
            case .sendMessage(let message), .editMessage(let message):
                messages[message.id] = message
                if case .replyKeyboard(let keyboard) = message.markup { replyKeyboard = keyboard }
                if case .removeKeyboard = message.markup { replyKeyboard = nil }
            case .sendChatAction, .answerCallbackQuery:
                break
            }
        }
        return actions
    }

    /// The texts of the messages an action list sends or edits.
    static func texts(_ actions: [BotAction]) -> [String] {
        actions.compactMap {
            switch $0 {
            case .sendMessage(let m), .editMessage(let m): m.text
            default: nil
            }
        }
    }
}
