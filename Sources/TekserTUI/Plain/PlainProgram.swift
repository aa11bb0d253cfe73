import Foundation
import TekserBot
import TekserCore

/// The chat line by line, for screen readers, serial consoles and `TERM=dumb`: the same engine,
/// texts and start and quit commands as the chat, run by the same runtime on a `LineTerminal`.
/// The bot's messages are printed as text and every button as a numbered choice.
public struct PlainProgram: Program {
    public enum Event {
        case input(InputEvent)
        case bot(ChatEvent)
        case data(DataChange)
    }

    public enum Command: Hashable, Sendable {
        case send(Update)
        case write(String)
        case quit
    }

    /// A numbered choice: an inline button of the latest message, or a menu entry.
    enum Choice: Equatable {
        case inline(messageID: MessageID, data: String)
        case menu(String)
    }

    public private(set) var session: BotSession
    private let feed: DataFeed
    private var line = ""
    private var choices: [Choice] = []
    private var menu: [String] = []
    /// The published version last printed: a line is printed when it changes, not at each
    /// flip of "server away" (a transcript is no status line).
    private var printedVersion: Int?

    public init(session: BotSession, feed: DataFeed = .none) {
        self.session = session
        self.feed = feed
    }

    private func text(_ key: String) -> String {
        session.bot.catalog.text(key, in: session.state.language)
    }

    public func start(now: Date) -> [Command] { [.send(.message(ChatModel.startCommand))] }

    public mutating func update(_ event: Event, now: Date) -> [Command] {
        switch event {
        case .input(.text(let character)): line.append(character)
        case .input(.paste(let text)): line += text
        case .input(.enter):
            let typed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            line = ""
            if typed == ChatModel.quitCommand { return [.quit] }
            return typed.isEmpty ? [] : [.send(update(for: typed))]
        case .input: break
        case .bot(.botReplied(let actions, _)): return [.write(transcript(of: actions))]
        case .bot: break
        case .data(let change):
            if let data = change.data { session.take(data) }
            var notes: [Message] = []
            if let state = change.state, state.version != printedVersion, let note = state.note {
                printedVersion = state.version
                notes.append(note)
            }
            notes += change.events.filter { $0.kind == .swapped }.map(\.message)
            return notes.map { .write(session.bot.catalog.text($0, in: session.state.language) + "\n") }
        }
        return []
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

    /// The bot's messages as text, then the choices they offer, numbered.
    private mutating func transcript(of actions: [BotAction]) -> String {
        var output = ""
        var inline: [(MessageID, InlineButton)] = []
        for action in actions {
            switch action {
            case .sendMessage(let message), .editMessage(let message):
                output += text("plain.botSays") + "\n" + message.text + "\n"
                switch message.markup {
                case .inlineKeyboard(let keyboard): inline = keyboard.buttons.map { (message.id, $0) }
                case .replyKeyboard(let keyboard): menu = keyboard.buttons
                case .removeKeyboard: menu = []
                case nil: break
                }
            case .answerCallbackQuery(let notice):
                if let notice { output += notice + "\n" }
            case .sendChatAction:
                break
            }
        }
        choices = inline.map { .inline(messageID: $0.0, data: $0.1.callbackData) } + menu.map { .menu($0) }
        let labels = inline.map(\.1.text) + menu
        if !labels.isEmpty {
            output += text("plain.choices") + "\n" + labels.enumerated().map { "  \($0.offset + 1)) \($0.element)" }.joined(separator: "\n") + "\n"
        }
        return output
    }

    /// Nothing is drawn: the transcript is written as it grows.
    public func view(into grid: inout Grid, area: Rect, now: Date) -> Point? { nil }

    public mutating func perform(_ command: Command, now: Date) -> [Effect<Event>] {
        switch command {
        case .send(let update): session.answer(update, now: now).map { .send(.bot($0)) }
        case .write(let text): [.write(text)]
        case .quit: [.quit]
        }
    }

    public func subscriptions(now: Date) -> [Subscription<Event>] {
        feed.subscription(Event.data)
    }

    public func event(for input: InputEvent) -> Event? { .input(input) }
}
