import Foundation
import TekserBot
import TekserCore

/// The chat line by line, for screen readers, serial consoles and `TERM=dumb`: the same engine
/// and texts, the bot's messages printed as text and every button as a numbered choice.
public struct PlainChat {
    let bot: Bot
    let clock: () -> Date
    let readLine: () -> String?
    let write: (String) -> Void
    public internal(set) var state: ChatState
    /// The choices currently offered, numbered from 1: inline buttons of the latest message, then the menu.
    var choices: [Choice] = []
    var menu: [String] = []

    enum Choice: Equatable {
        case inline(messageID: MessageID, data: String)
        case menu(String)
    }

    public init(bot: Bot, state: ChatState, clock: @escaping () -> Date,
                readLine: @escaping () -> String?, write: @escaping (String) -> Void) {
        self.bot = bot
        self.clock = clock
        self.readLine = readLine
        self.write = write
        self.state = state
    }

    /// Runs until end of input or `/quit`.
    public mutating func run() {
        show(bot.handle(.message("/start"), state: &state, now: clock()))
        while true {
            write("> ")
            guard let line = readLine() else { break }
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if text == "/quit" { break }
            if text.isEmpty { continue }
            show(bot.handle(update(for: text), state: &state, now: clock()))
        }
    }

    /// A number picks a choice; anything else is a message to the bot.
    func update(for text: String) -> Update {
        if let number = Int(text), (1...choices.count).contains(number) {
            switch choices[number - 1] {
            case .inline(let id, let data): return .callbackQuery(messageID: id, data: data)
            case .menu(let label): return .message(label)
            }
        }
        return .message(text)
    }

    mutating func show(_ actions: [BotAction]) {
        var inline: [(MessageID, InlineButton)] = []
        for action in actions {
            switch action {
            case .sendMessage(let message), .editMessage(let message):
                write(bot.catalog.text("plain.botSays", in: state.language) + "\n" + message.text + "\n")
                switch message.markup {
                case .inlineKeyboard(let keyboard): inline = keyboard.buttons.map { (message.id, $0) }
                case .replyKeyboard(let keyboard): menu = keyboard.buttons
                case .removeKeyboard: menu = []
                case nil: break
                }
            case .answerCallbackQuery(let notice):
                if let notice { write(notice + "\n") }
            case .sendChatAction:
                break
            }
        }
        choices = inline.map { .inline(messageID: $0.0, data: $0.1.callbackData) } + menu.map { .menu($0) }
        let lines = choices.enumerated().map { index, choice -> String in
            switch choice {
            case .inline(let id, let data):
                let label = inline.first { $0.0 == id && $0.1.callbackData == data }?.1.text ?? data
                return "  \(index + 1)) \(label)"
            case .menu(let label):
                return "  \(index + 1)) \(label)"
            }
        }
        if !lines.isEmpty {
            write(bot.catalog.text("plain.choices", in: state.language) + "\n" + lines.joined(separator: "\n") + "\n")
        }
    }
}
