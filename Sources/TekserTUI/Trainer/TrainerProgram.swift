import Foundation
import TekserBot
import TekserCore

/// `tekser train` as a program for the runtime: the trainer's model and update, the bot, the
/// live-data feed (every swap and refusal shows as a short notice), and the scenario player,
/// asked for its next step after every change and woken when its next step is due.
public struct TrainerProgram: Program {
    public enum Event {
        case trainer(TrainerEvent)
        case data(DataChange)
        /// The player's next step may be due.
        case playerDue
    }

    /// How the session ended.
    public enum Outcome: Equatable, Sendable {
        /// The trainer quit (or stopped the scenario with Esc under `exitWhenPlayed`).
        case quit
        /// The scenario played to its end.
        case played
        case failed(ScenarioError)
    }

    /// What `update` asks for: the chat's commands, and the player's next key or caption.
    public enum Command: Hashable, Sendable {
        case chat(ChatCommand)
        /// Comes back as `.played(action)`, the way typed keys come as events.
        case play(ScenarioPlayer.Action)
    }

    public private(set) var model: TrainerModel
    public private(set) var session: BotSession
    public private(set) var outcome = Outcome.quit
    private let feed: DataFeed
    /// When to ask the player again; nil: not before something changes.
    private var askPlayer: Date?

    public init(model: TrainerModel, session: BotSession, feed: DataFeed = .none) {
        self.model = model
        self.session = session
        self.feed = feed
    }

    public mutating func start(now: Date) -> [Command] {
        askPlayer = now
        return model.chat.start(now: now).map(Command.chat)
    }

    public mutating func update(_ event: Event, now: Date) -> [Command] {
        switch event {
        case .trainer(let event):
            askPlayer = now
            return model.handle(event, now: now).map(Command.chat)
        case .data(let change):
            if let data = change.data { session.take(data) }
            if let state = change.state { model.chat.dataNote = state.note }
            let notices = change.events.map { session.bot.catalog.text($0.message, in: model.chat.language) }
            askPlayer = now
            return notices.flatMap { model.handle(.chat(.botReplied([.answerCallbackQuery(notice: $0)], session.state)), now: now) }
                .map(Command.chat)
        case .playerDue:
            return play(now: now)
        }
    }

    /// Gives the time to the player and does what it says.
    private mutating func play(now: Date) -> [Command] {
        askPlayer = nil
        switch model.nextPlayed(now: now) {
        case .perform(let action)?:
            return [.play(action)]
        case .wait(let until)?:
            askPlayer = until
            return []
        case .finished?:
            outcome = .played
            return model.options.exitWhenPlayed ? [.chat(.quit)] : []
        case .failed(let error)?:
            outcome = .failed(error)
            return [.chat(.quit)]
        case nil:
            return []
        }
    }

    public mutating func view(into grid: inout Grid, area: Rect, now: Date) -> Point? {
        let frame = TrainerView.render(model, into: &grid, area: area)
        model.chat.layout = frame.chatLayout
        model.layout = frame.layout
        return frame.cursor
    }

    public mutating func perform(_ command: Command, now: Date) -> [Effect<Event>] {
        switch command {
        case .chat(let command): session.perform(command, now: now).map { $0.map { Event.trainer(.chat($0)) } }
        case .play(let action): [.send(.trainer(.played(action)))]
        }
    }

    public func subscriptions(now: Date) -> [Subscription<Event>] {
        var subscriptions = feed.subscription(Event.data)
        if model.player != nil, let askPlayer { subscriptions.append(.at(askPlayer, .playerDue)) }
        return subscriptions
    }

    public func event(for input: InputEvent) -> Event? {
        .trainer(.key(input))
    }
}
