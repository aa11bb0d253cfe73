import Foundation
import TekserBot
import TekserCore

/// The kiosk's run loop: like `ChatApp`'s, but it never ends on the citizen's keys, wakes
/// every second for the idle countdown, and keeps retrying the data while out of service.
public struct KioskApp {
    public let terminal: any Terminal
    private let loadBot: () -> Bot?
    private let feed: DataFeed
    private let clock: () -> Date
    private var bot: Bot?
    private var model: KioskModel
    private var timers: [(deadline: Date, timer: ChatTimer)] = []
    private var events: [KioskEvent] = []
    private var nextLoad: Date
    private var running = true

    /// `loadBot` builds the bot from the data, or returns nil while the data cannot be loaded;
    /// `feed` brings new data later (its events go to the log only, never to the citizen).
    public init(terminal: any Terminal, model: KioskModel, loadBot: @escaping () -> Bot?, feed: DataFeed = .none,
                clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.model = model
        self.loadBot = loadBot
        self.feed = feed
        self.clock = clock
        nextLoad = clock()
    }

    /// Every terminating signal restores the terminal and ends the process. The keyboard is raw,
    /// so Ctrl-C or Ctrl-Backslash typed at the kiosk are keys, never signals: a signal can only come from
    /// the operator's side (a supervisor, `kill`), which means "stop". SIGTSTP is the caller's
    /// to ignore (see `tekser kiosk`).
    public static let signalPolicies: [TerminationSignal: SignalPolicy] = Dictionary(
        uniqueKeysWithValues: TerminationSignal.allCases.map { ($0, .restoreAndExit) })

    /// Runs until the operator gives the right PIN; the terminal is restored on the way out.
    public mutating func run() {
        defer { terminal.restore() }
        while running {
            loadIfDue()
            if let data = feed.changes().data { bot = bot?.answering(from: data) }
            drainEvents()
            guard running else { break }
            draw()
            waitForEvent()
        }
    }

    private mutating func loadIfDue() {
        guard bot == nil, clock() >= nextLoad else { return }
        bot = loadBot()
        if bot == nil {
            nextLoad = clock().addingTimeInterval(Double(model.settings.retrySeconds))
        } else {
            perform(model.enterService(now: clock()))
        }
    }

    private mutating func drainEvents() {
        while running, !events.isEmpty {
            let commands: [KioskCommand]
            (model, commands) = KioskUpdate.update(model, events.removeFirst(), now: clock())
            perform(commands)
        }
    }

    private mutating func draw() {
        let screen = KioskView.render(model, size: terminal.size, now: clock())
        model.chat.layout = screen.layout
        terminal.draw(screen.grid, cursor: screen.cursor)
    }

    /// Waits for input, at most until the next timer or the next second's tick.
    private mutating func waitForEvent() {
        timers.sort { $0.deadline < $1.deadline }
        let untilTimer = timers.first.map { Int(($0.deadline.timeIntervalSince(clock()) * 1000).rounded()) } ?? 1000
        if let input = terminal.nextEvent(timeoutMilliseconds: max(0, min(1000, untilTimer))) {
            events.append(.chat(.input(input)))
        }
        let now = clock()
        while let first = timers.first, first.deadline <= now {
            events.append(.chat(.timerFired(timers.removeFirst().timer)))
        }
        events.append(.tick)
    }

    private mutating func perform(_ commands: [KioskCommand]) {
        for command in commands {
            switch command {
            case .chat(.send(let update)):
                guard let bot else { continue }
                let actions = bot.handle(update, state: &model.session, now: clock())
                events.append(.chat(.botReplied(actions, model.session)))
            case .chat(.startTimer(let timer, let milliseconds)):
                timers.append((clock().addingTimeInterval(Double(milliseconds) / 1000), timer))
            case .chat(.redraw):
                // A grid of another size makes the terminal repaint everything on the next draw.
                terminal.draw(Grid(width: 0, height: 0), cursor: nil)
            case .chat(.suspend), .chat(.quit):
                continue
            case .sessionEnded:
                timers = []
                events.removeAll { if case .chat(.botReplied) = $0 { true } else { false } }
            case .exit:
                running = false
            }
        }
    }
}
