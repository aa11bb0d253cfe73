import Foundation
import TekserBot
import TekserCore

/// The trainer's run loop: like `ChatApp`, plus the scenario player, whose waits are the
/// loop's timeouts. The only part of the trainer that waits or talks to the terminal.
public struct TrainerApp {
    /// How the session ended.
    public enum Outcome: Equatable, Sendable {
        /// The trainer quit (or stopped the scenario with Esc under `exitWhenPlayed`).
        case quit
        /// The scenario played to its end.
        case played
        case failed(ScenarioError)
    }

    public let terminal: any Terminal
    public private(set) var bot: Bot
    private let clock: () -> Date
    private let feed: DataFeed
    private var effects: ChatEffects
    public private(set) var model: TrainerModel
    private var events: [TrainerEvent] = []
    private var outcome = Outcome.quit
    private var stopped = false
    private var running: Bool { !stopped && !effects.quitRequested }

    /// `clock` is injectable so tests control the scenario's pauses and the bot's times; `feed`
    /// brings new data while the trainer runs.
    public init(terminal: any Terminal, bot: Bot, state: ChatState, model: TrainerModel, feed: DataFeed = .none,
                clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.bot = bot
        self.feed = feed
        effects = ChatEffects(bot: bot, state: state)
        self.model = model
        self.clock = clock
    }

    /// Runs until the trainer quits, the scenario ends under `exitWhenPlayed`, or it fails;
    /// the terminal is restored before this returns, so a failure can then be printed.
    public mutating func run() -> Outcome {
        defer { terminal.restore() }
        perform(model.chat.start(now: clock()))
        while running {
            takeNewData()
            drainEvents()
            guard running else { break }
            draw()
            switch model.nextPlayed(now: clock()) {
            case .perform(let action)?:
                events.append(.played(action))
            case .wait(let until)?:
                waitForEvent(until: until)
            case .finished?:
                outcome = .played
                if model.options.exitWhenPlayed { stopped = true }
            case .failed(let error)?:
                return .failed(error)
            case nil:
                waitForEvent(until: nil)
            }
        }
        return outcome
    }

    /// A swapped-in data set answers from the next question on; each event shows as a short notice.
    private mutating func takeNewData() {
        let changes = feed.changes()
        if let data = changes.data {
            bot = bot.answering(from: data)
            effects.bot = bot
        }
        for event in changes.events {
            let notice = bot.catalog.text(event.message, in: model.chat.language)
            events.append(.chat(.botReplied([.answerCallbackQuery(notice: notice)], effects.state)))
        }
    }

    private mutating func drainEvents() {
        while running, !events.isEmpty {
            let commands: [ChatCommand]
            (model, commands) = TrainerUpdate.update(model, events.removeFirst(), now: clock())
            perform(commands)
        }
    }

    private mutating func draw() {
        let screen = TrainerView.render(model, size: terminal.size)
        model.chat.layout = screen.chatLayout
        model.layout = screen.layout
        terminal.draw(screen.grid, cursor: screen.cursor)
    }

    /// Waits for a key, the earliest timer, or `until` (the player's next step), whichever comes first.
    private mutating func waitForEvent(until: Date?) {
        let deadlines = [effects.nextDeadline, until].compactMap { $0 }
        let timeout = feed.cappedTimeout(deadlines.min().map { max(0, Int(($0.timeIntervalSince(clock()) * 1000).rounded(.up))) } ?? -1)
        if let key = terminal.nextEvent(timeoutMilliseconds: timeout.milliseconds) {
            events.append(.key(key))
        } else if !timeout.capped, let deadline = effects.nextDeadline, deadline <= clock() || until == nil, let timer = effects.takeNextTimer() {
            events.append(.chat(.timerFired(timer)))
        }
    }

    private mutating func perform(_ commands: [ChatCommand]) {
        events += effects.perform(commands, terminal: terminal, now: clock).map(TrainerEvent.chat)
    }
}
