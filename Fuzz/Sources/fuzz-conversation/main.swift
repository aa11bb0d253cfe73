import Foundation
import FuzzSupport
import TekserBot
import TekserCore

// Any sequence of updates through the conversation engine over the shipped data: messages from
// real inputs or random text, button presses with real, near-miss or random callback data.
let bot = ShippedBot.make()

fuzz { bytes in
    var input = FuzzReader(bytes)
    var state = ChatState(language: input.pick(Language.allCases))
    var now = ShippedBot.now
    var sentIDs: [MessageID] = []
    var seenData: [String] = []
    while !input.isAtEnd {
        let update: Update
        switch input.int(in: 0...5) {
        case 0: update = .message(input.pick(ShippedBot.messages))
        case 1: update = .message(input.string())
        case 2 where !seenData.isEmpty: update = .callbackQuery(messageID: input.pick(sentIDs + [0]), data: input.pick(seenData))
        case 3: update = .callbackQuery(messageID: input.pick(sentIDs + [0, -1, .max]), data: input.pick(ShippedBot.callbackData))
        case 4: update = .callbackQuery(messageID: input.pick(sentIDs + [0]), data: input.string())
        default:
            now += Double(input.int(in: 0...255)) * 600
            continue
        }
        let before = state
        let actions = bot.handle(update, state: &state, now: now)
        check(actions, update: update, before: before, after: state)
        for case .sendMessage(let message) in actions {
            sentIDs.append(message.id)
            seenData += message.inlineKeyboard?.buttons.map(\.callbackData) ?? []
        }
    }
}

/// What must hold after any update, whatever came before.
func check(_ actions: [BotAction], update: Update, before: ChatState, after: ChatState) {
    var answers = 0
    for action in actions {
        switch action {
        case .sendMessage(let message), .editMessage(let message):
            precondition(message.text.unicodeScalars.contains { !$0.properties.isWhitespace }, "a message without text")
            for button in message.inlineKeyboard?.buttons ?? [] {
                precondition(!button.text.isEmpty, "a button without a label")
                precondition(button.callbackData.utf8.count <= 64, "callback data over 64 bytes")
            }
            if case .sendMessage = action {
                precondition(message.id < after.nextMessageID && message.id >= before.nextMessageID, "message id not fresh")
            }
        case .answerCallbackQuery: answers += 1
        case .sendChatAction: break
        }
    }
    if case .callbackQuery = update {
        precondition(answers == 1, "a button press answered \(answers) times")
    } else {
        precondition(answers == 0, "a message answered as a button press")
    }
    precondition(after.nextMessageID >= before.nextMessageID, "message ids went back")
    precondition((0...bot.quota.limit).contains(after.quota.used), "quota use outside 0...limit")
}
