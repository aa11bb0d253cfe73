import Foundation
import TekserBot
import TekserCore

/// The bot and the account it answers for: what carries out a chat's commands in every
/// program hosting a chat (chat, trainer, kiosk, plain), and what new data replaces.
public struct BotSession {
    public private(set) var bot: Bot
    public private(set) var state: ChatState
    /// False when tests script the bot's answers themselves: sends go unanswered.
    private let answers: Bool

    public init(bot: Bot, state: ChatState, answers: Bool = true) {
        self.bot = bot
        self.state = state
        self.answers = answers
    }

    /// The bot's answer to `update`, as the chat receives it.
    public mutating func answer(_ update: Update, now: Date) -> [ChatEvent] {
        guard answers else { return [] }
        let actions = bot.handle(update, state: &state, now: now)
        return [.botReplied(actions, state)]
    }

    /// From the next question on, the bot answers from `data`.
    public mutating func take(_ data: DataSet) {
        bot = bot.answering(from: data)
    }

    /// Starts afresh for a new account (a kiosk's next citizen).
    public mutating func reset(to state: ChatState) {
        self.state = state
    }

    /// What a chat command comes to: the bot answers a send, a timer becomes the runtime's.
    public mutating func perform(_ command: ChatCommand, now: Date) -> [Effect<ChatEvent>] {
        switch command {
        case .send(let update): answer(update, now: now).map(Effect.send)
        case .startTimer(let timer, let milliseconds): [.timer(milliseconds: milliseconds, .timerFired(timer))]
        case .redraw: [.repaint]
        case .suspend: [.suspend]
        case .quit: [.quit]
        }
    }
}

extension Effect {
    /// The same effect carrying `transform(event)`, for a program that wraps another's events.
    public func map<Other>(_ transform: (Event) -> Other) -> Effect<Other> {
        switch self {
        case .send(let event): .send(transform(event))
        case .timer(let milliseconds, let event): .timer(milliseconds: milliseconds, transform(event))
        case .cancelTimers: .cancelTimers
        case .repaint: .repaint
        case .write(let text): .write(text)
        case .suspend: .suspend
        case .quit: .quit
        }
    }
}
