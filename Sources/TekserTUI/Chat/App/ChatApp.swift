import Foundation
import TekserBot
import TekserCore

/// The run loop: draw, wait for input or a timer, update, perform the commands. It is the
/// only part of the chat that waits or talks to the bot and the terminal.
public struct ChatApp {
    public let terminal: any Terminal
    public private(set) var bot: Bot
    public let options: ChatOptions
    private let clock: () -> Date
    private let feed: DataFeed
    private var effects: ChatEffects
    private var model: ChatModel
    private var events: [ChatEvent] = []
    private var running: Bool { !effects.quitRequested }

    /// `clock` is injectable so tests control bubble times and the quota's day; `feed` brings
    /// new data while the chat runs.
    public init(terminal: any Terminal, bot: Bot, state: ChatState, options: ChatOptions = ChatOptions(),
                feed: DataFeed = .none, clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.bot = bot
        self.options = options
        self.feed = feed
        self.clock = clock
        effects = ChatEffects(bot: bot, state: state)
        model = ChatModel(catalog: bot.catalog, quota: bot.quota, state: state, now: clock(), options: options)
    }

    /// Runs until the user quits; the terminal is restored on the way out, however it goes.
    /// Returns the account's state, for whoever keeps it.
    public mutating func run() -> ChatState {
        defer { terminal.restore() }
        perform(model.start(now: clock()))
        while running {
            takeNewData()
            drainEvents()
            guard running else { break }
            draw()
            waitForEvent()
        }
        return effects.state
    }

    /// A swapped-in data set answers from the next question on, said in a short notice; a refused
    /// version is the operator's business (log, `tekser data status`), not the person chatting's.
    private mutating func takeNewData() {
        let changes = feed.changes()
        if let data = changes.data {
            bot = bot.answering(from: data)
            effects.bot = bot
        }
        for event in changes.events where event.kind == .swapped {
            events.append(.botReplied([.answerCallbackQuery(notice: bot.catalog.text(event.message, in: model.language))], effects.state))
        }
    }

    private mutating func drainEvents() {
        while running, !events.isEmpty {
            let event = events.removeFirst()
            let commands: [ChatCommand]
            (model, commands) = ChatUpdate.update(model, event, now: clock())
            perform(commands)
        }
    }

    private mutating func draw() {
        let screen = ChatView.render(model, size: terminal.size)
        model.layout = screen.layout
        terminal.draw(screen.grid, cursor: screen.cursor)
    }

    /// Waits for the next input event, or fires the earliest timer when its time has come.
    private mutating func waitForEvent() {
        let untilTimer = effects.nextDeadline.map { max(0, Int(($0.timeIntervalSince(clock()) * 1000).rounded())) } ?? -1
        let timeout = feed.cappedTimeout(untilTimer)
        if let input = terminal.nextEvent(timeoutMilliseconds: timeout.milliseconds) {
            events.append(.input(input))
        } else if !timeout.capped, let timer = effects.takeNextTimer() {
            // The wait lasted until the first deadline: that timer is due.
            events.append(.timerFired(timer))
        }
    }

    private mutating func perform(_ commands: [ChatCommand]) {
        events += effects.perform(commands, terminal: terminal, now: clock)
    }
}
