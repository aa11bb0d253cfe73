import Foundation
import TekserBot

extension ChatModel {
    /// The bot's answer: shown at once, or after "typing…" when it begins with that action.
    mutating func receive(_ actions: [BotAction], state: ChatState, now: Date) -> [ChatCommand] {
        for index in bubbles.indices where bubbles[index].isFromUser { bubbles[index].isRead = true }
        language = state.language
        checksLeft = state.quota.remaining(quota, now: now)
        if isTyping {
            held += actions
            return []
        }
        return show(actions[...], now: now)
    }

    mutating func timerFired(_ timer: ChatTimer, now: Date) -> [ChatCommand] {
        switch timer.kind {
        case .typing:
            guard timer == typingTimer else { return [] }
            typingTimer = nil
            isTyping = false
            let released = held
            held = []
            return show(released[...], now: now)
        case .toast:
            guard timer == toastTimer else { return [] }
            toastTimer = nil
            toast = nil
            return []
        }
    }

    /// Applies actions in order; a typing action holds back everything after it.
    private mutating func show(_ actions: ArraySlice<BotAction>, now: Date) -> [ChatCommand] {
        var commands: [ChatCommand] = []
        for (offset, action) in zip(actions.indices, actions) {
            switch action {
            case .sendChatAction(.typing):
                guard options.typingDelayMilliseconds > 0 else { continue }
                isTyping = true
                held = Array(actions[(offset + 1)...])
                let timer = nextTimer(.typing)
                typingTimer = timer
                return commands + [.startTimer(timer, milliseconds: options.typingDelayMilliseconds)]
            case .sendMessage(let message):
                bubbles.append(Bubble(sender: .bot(message.id), text: message.text, time: now, buttons: message.inlineKeyboard))
                applyKeyboard(message.markup)
            case .editMessage(let message):
                guard let index = bubbleIndex(ofBotMessage: message.id) else { continue }
                bubbles[index].text = message.text
                bubbles[index].buttons = message.inlineKeyboard
                if case .inline(message.id, let button)? = focus, button >= (message.inlineKeyboard?.buttons.count ?? 0) {
                    focus = nil
                }
            case .answerCallbackQuery(let notice):
                guard let notice else { continue }
                toast = notice
                let timer = nextTimer(.toast)
                toastTimer = timer
                commands.append(.startTimer(timer, milliseconds: options.toastMilliseconds))
            }
        }
        return commands
    }

    private mutating func applyKeyboard(_ markup: ReplyMarkup?) {
        switch markup {
        case .replyKeyboard(let keyboard): replyKeyboard = keyboard
        case .removeKeyboard: replyKeyboard = nil
        case .inlineKeyboard, nil: return
        }
        if case .reply? = focus { focus = nil }
    }

    private mutating func nextTimer(_ kind: ChatTimer.Kind) -> ChatTimer {
        timerSerial += 1
        return ChatTimer(kind: kind, serial: timerSerial)
    }
}
