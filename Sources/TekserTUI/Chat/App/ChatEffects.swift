import Foundation
import TekserBot

/// What the chat's commands do, for every run loop that hosts a chat (chat, trainer, kiosk):
/// ask the bot, keep the account's state and the timers, repaint, suspend, quit.
struct ChatEffects {
    var bot: Bot
    private(set) var state: ChatState
    private var timers: [(deadline: Date, timer: ChatTimer)] = []
    /// Set by a `.quit` command; the run loop ends.
    private(set) var quitRequested = false

    init(bot: Bot, state: ChatState) {
        self.bot = bot
        self.state = state
    }

    /// Carries out `commands`; returns the chat events they produce (the bot's replies).
    mutating func perform(_ commands: [ChatCommand], terminal: any Terminal, now: () -> Date) -> [ChatEvent] {
        var events: [ChatEvent] = []
        for command in commands {
            switch command {
            case .send(let update):
                let actions = bot.handle(update, state: &state, now: now())
                events.append(.botReplied(actions, state))
            case .startTimer(let timer, let milliseconds):
                timers.append((now().addingTimeInterval(Double(milliseconds) / 1000), timer))
                timers.sort { $0.deadline < $1.deadline }
            case .redraw:
                // A grid of another size makes the terminal repaint everything on the next draw.
                terminal.draw(Grid(width: 0, height: 0), cursor: nil)
            case .suspend:
                (terminal as? NCursesTerminal)?.suspend()
            case .quit:
                quitRequested = true
            }
        }
        return events
    }

    /// When the earliest timer is due, if any is running.
    var nextDeadline: Date? { timers.first?.deadline }

    /// Removes and returns the earliest timer.
    mutating func takeNextTimer() -> ChatTimer? {
        timers.isEmpty ? nil : timers.removeFirst().timer
    }

    /// Starts afresh for a new account (a kiosk's next citizen): no state, no timers.
    mutating func reset(to state: ChatState) {
        self.state = state
        timers = []
        quitRequested = false
    }
}
