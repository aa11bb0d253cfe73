import Foundation
import TekserBot

/// `update(model, event, now) -> (model, commands)`: the only place the chat's state changes.
/// Pure: waiting, the bot and the terminal are the run loop's business.
public enum ChatUpdate {
    public static func update(_ model: ChatModel, _ event: ChatEvent, now: Date) -> (ChatModel, [ChatCommand]) {
        var model = model
        let commands = model.handle(event, now: now)
        return (model, commands)
    }
}

extension ChatModel {
    /// What the user sends first, so that the greeting appears.
    public static let startCommand = "/start"
    /// Typed as a message, leaves the chat instead of reaching the bot.
    public static let quitCommand = "/quit"

    mutating func handle(_ event: ChatEvent, now: Date) -> [ChatCommand] {
        switch event {
        case .input(let input): handle(input, now: now)
        case .botReplied(let actions, let state): receive(actions, state: state, now: now)
        case .timerFired(let timer): timerFired(timer, now: now)
        }
    }

    /// Sends `/start` as the user, as Telegram's Start button does.
    public mutating func start(now: Date) -> [ChatCommand] {
        submit(Self.startCommand, now: now)
    }

    // MARK: Input

    private mutating func handle(_ input: InputEvent, now: Date) -> [ChatCommand] {
        if showsKeys {
            // Any key closes the list, and does nothing else.
            showsKeys = false
            if case .resize = input { return [.redraw] }
            return []
        }
        switch input {
        case .text(let character):
            self.input.insert(String(character))
        case .paste(let text):
            self.input.insert(text)
        case .click(let point):
            if let hit = layout.hits.first(where: { $0.rect.contains(point) }) { return press(hit.target, now: now) }
        case .wheelUp:
            scrollBy(Self.wheelRows)
        case .wheelDown:
            scrollBy(-Self.wheelRows)
        case .resize:
            return [.redraw]
        default:
            if let action = KeyMap.chat.action(for: input) { return perform(action, key: input, now: now) }
        }
        return []
    }

    static let wheelRows = 3

    private mutating func perform(_ action: KeyAction, key: InputEvent, now: Date) -> [ChatCommand] {
        switch action {
        case .send:
            if let focus { return press(focus, now: now) }
            guard !input.isBlank else { return [] }
            let line = input.take().trimmingCharacters(in: .whitespaces)
            return line == Self.quitCommand ? [.quit] : submit(line, now: now)
        case .focusNext: moveFocus(by: 1)
        case .focusPrevious: moveFocus(by: -1)
        case .clearFocus: focus = nil
        case .pressMenuButton:
            if case .alt(let digit) = key, let n = digit.wholeNumberValue { return press(.reply(index: n - 1), now: now) }
        case .scrollUp: scrollBy(pageRows)
        case .scrollDown: scrollBy(-pageRows)
        case .cursorLeft: input.moveLeft()
        case .cursorRight: input.moveRight()
        case .lineStart: input.moveHome()
        case .lineEnd: input.moveEnd()
        case .deleteBackward: input.deleteBackward()
        case .deleteForward: input.deleteForward()
        case .deleteToStart: input.deleteToStart()
        case .deleteWord: input.deleteWordBackward()
        case .historyPrevious: input.historyPrevious()
        case .historyNext: input.historyNext()
        case .help: showsKeys = true
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .quit: return [.quit]
        }
        return []
    }

    /// Sends `text` as the user's message: a bubble on the right, and the update to the bot.
    private mutating func submit(_ text: String, now: Date) -> [ChatCommand] {
        bubbles.append(Bubble(sender: .user, text: text, time: now))
        focus = nil
        scroll = 0
        return [.send(.message(text))]
    }

    /// Presses a button: an inline one answers with a callback, a menu one sends its label.
    private mutating func press(_ target: ButtonTarget, now: Date) -> [ChatCommand] {
        switch target {
        case .inline(let messageID, let index):
            guard let bubble = bubbleIndex(ofBotMessage: messageID).map({ bubbles[$0] }),
                  let buttons = bubble.buttons?.buttons, buttons.indices.contains(index) else { return [] }
            focus = nil
            return [.send(.callbackQuery(messageID: messageID, data: buttons[index].callbackData))]
        case .reply(let index):
            guard let labels = replyKeyboard?.buttons, labels.indices.contains(index) else { return [] }
            return submit(labels[index], now: now)
        }
    }

    /// Tab and Shift-Tab: through the buttons on screen, in drawing order, wrapping around.
    private mutating func moveFocus(by step: Int) {
        let targets = layout.hits.map(\.target)
        guard !targets.isEmpty else { return }
        if let focus, let current = targets.firstIndex(of: focus) {
            self.focus = targets[(current + step + targets.count) % targets.count]
        } else {
            focus = step > 0 ? targets.first : targets.last
        }
    }

    private var pageRows: Int { max(1, layout.historyHeight - 1) }

    private mutating func scrollBy(_ rows: Int) {
        scroll = min(max(0, scroll + rows), layout.maxScroll)
    }
}
