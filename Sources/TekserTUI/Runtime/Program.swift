import Foundation

/// A front end as the runtime runs it, in the shape of bubbletea's `Model`: `update` is the
/// only place its state changes, `view` draws it into an area of the grid, `perform` carries
/// out the commands `update` asked for, and `subscriptions` say what else it listens to.
/// Chat, kiosk, trainer, desk and plain mode are programs; none has a loop of its own.
public protocol Program {
    associatedtype Event
    /// What `update` asks for: plain data, so updates are tested without running anything.
    associatedtype Command

    /// What runs before the first frame (the chat's `/start`).
    mutating func start(now: Date) -> [Command]
    mutating func update(_ event: Event, now: Date) -> [Command]
    /// Draws into `area` and returns where the cursor goes (nil hides it). Where buttons and
    /// panes landed is kept, so the next clicks and page keys match what is on screen.
    mutating func view(into grid: inout Grid, area: Rect, now: Date) -> Point?
    /// Carries out one command (ask the bot, write the journal) and says what the runtime must do.
    mutating func perform(_ command: Command, now: Date) -> [Effect<Event>]
    /// What the program listens to besides the terminal, asked afresh before every wait.
    func subscriptions(now: Date) -> [Subscription<Event>]
    /// Input from the terminal as an event of this program; nil ignores it.
    func event(for input: InputEvent) -> Event?
    /// What runs once the loop has ended, before the terminal is given back (the desk writes
    /// inquiries the journal refused). Its effects other than events are not carried out.
    mutating func stop(now: Date) -> [Command]
}

extension Program {
    public func subscriptions(now: Date) -> [Subscription<Event>] { [] }
    public mutating func stop(now: Date) -> [Command] { [] }
}

/// What the runtime does about a command: the side effects a program cannot do itself.
public enum Effect<Event> {
    /// An event for `update`, after those already waiting (a bot's answer, a journal's receipt).
    case send(Event)
    /// `event` after `milliseconds`.
    case timer(milliseconds: Int, Event)
    /// Forgets every timer started (a kiosk's next citizen must not get the last one's).
    case cancelTimers
    /// Sends every cell on the next draw, not only those that changed.
    case repaint
    /// Line-mode output (the plain chat's transcript).
    case write(String)
    case suspend
    /// Ends the loop; the program's `stop` runs, then the terminal is given back.
    case quit
}

/// Something a program listens to besides the terminal.
public enum Subscription<Event> {
    /// `event` once `date` has come (a scenario's next step, a data retry).
    case at(Date, Event)
    /// Asked at the start of every turn, and at least every `milliseconds` while nothing
    /// happens: the live-data feed, the kiosk's countdown, the desk's journal retries.
    case poll(everyMilliseconds: Int, () -> [Event])
}
