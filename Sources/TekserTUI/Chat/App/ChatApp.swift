import Foundation
import TekserBot
import TekserCore

/// The run loop: draw, wait for input or a timer, update, perform the commands. It is the
/// only part of the chat that waits or talks to the bot and the terminal.
public struct ChatApp {
    public let terminal: any Terminal
    public let bot: Bot
    public let options: ChatOptions
    private let clock: () -> Date
    private var state: ChatState
    private var model: ChatModel
    private var timers: [(deadline: Date, timer: ChatTimer)] = []
    private var events: [ChatEvent] = []
    private var running = true

    /// `clock` is injectable so tests control bubble times and the quota's day.
    public init(terminal: any Terminal, bot: Bot, state: ChatState, options: ChatOptions = ChatOptions(),
                clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.bot = bot
        self.options = options
        self.clock = clock
        self.state = state
        model = ChatModel(catalog: bot.catalog, quota: bot.quota, state: state, now: clock(), options: options)
    }

    /// Runs until the user quits; the terminal is restored on the way out, however it goes.
    /// Returns the account's state, for whoever keeps it.
    public mutating func run() -> ChatState {
        defer { terminal.restore() }
        perform(model.start(now: clock()))
        while running {
            drainEvents()
            guard running else { break }
            draw()
            waitForEvent()
        }
        return state
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
        timers.sort { $0.deadline < $1.deadline }
        let timeout = timers.first.map { max(0, Int(($0.deadline.timeIntervalSince(clock()) * 1000).rounded())) } ?? -1
        if let input = terminal.nextEvent(timeoutMilliseconds: timeout) {
            events.append(.input(input))
        } else if !timers.isEmpty {
            // The wait lasted until the first deadline: that timer is due.
            events.append(.timerFired(timers.removeFirst().timer))
        }
    }

    private mutating func perform(_ commands: [ChatCommand]) {
        for command in commands {
            switch command {
            case .send(let update):
                let actions = bot.handle(update, state: &state, now: clock())
                events.append(.botReplied(actions, state))
            case .startTimer(let timer, let milliseconds):
                timers.append((clock().addingTimeInterval(Double(milliseconds) / 1000), timer))
            case .redraw:
                // A grid of another size makes the terminal repaint everything on the next draw.
                terminal.draw(Grid(width: 0, height: 0), cursor: nil)
            case .suspend:
                (terminal as? NCursesTerminal)?.suspend()
            case .quit:
                running = false
            }
        }
    }
}
