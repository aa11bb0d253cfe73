import Foundation
import TekserBot
import TekserCore

/// `tekser kiosk` as a program for the runtime: the kiosk's model and update, the bot once the
/// data loads (retried every `retrySeconds` while it cannot), the once-a-second countdown tick,
/// and the live-data feed, whose events go to the log only, never to the citizen.
public struct KioskProgram: Program {
    public enum Event {
        case kiosk(KioskEvent)
        case data(DataChange)
        /// Time to try loading the data again.
        case retryData
        /// The data loaded: the kiosk opens.
        case dataLoaded
    }

    public enum Command {
        case kiosk(KioskCommand)
        case loadData
    }

    public private(set) var model: KioskModel
    /// The bot and the current citizen's account; nil while out of service.
    public private(set) var session: BotSession?
    private let loadBot: () -> Bot?
    private let feed: DataFeed
    private var nextLoad: Date?

    /// Every terminating signal restores the terminal and ends the process. The keyboard is raw,
    /// so Ctrl-C or Ctrl-Backslash typed at the kiosk are keys, never signals: a signal can only come from
    /// the operator's side (a supervisor, `kill`), which means "stop". SIGTSTP is the caller's
    /// to ignore (see `tekser kiosk`).
    public static let signalPolicies: [TerminationSignal: SignalPolicy] = Dictionary(
        uniqueKeysWithValues: TerminationSignal.allCases.map { ($0, .restoreAndExit) })

    /// `loadBot` builds the bot from the data, or returns nil while the data cannot be loaded.
    public init(model: KioskModel, loadBot: @escaping () -> Bot?, feed: DataFeed = .none) {
        self.model = model
        self.loadBot = loadBot
        self.feed = feed
    }

    public func start(now: Date) -> [Command] { [.loadData] }

    public mutating func update(_ event: Event, now: Date) -> [Command] {
        switch event {
        case .kiosk(let event):
            return model.handle(event, now: now).map(Command.kiosk)
        case .data(let change):
            if let data = change.data { session?.take(data) }
            if let state = change.state { model.chat.dataNote = state.note }
            return []
        case .retryData:
            return [.loadData]
        case .dataLoaded:
            return model.enterService(now: now).map(Command.kiosk)
        }
    }

    public mutating func view(into grid: inout Grid, area: Rect, now: Date) -> Point? {
        let frame = KioskView.render(model, into: &grid, area: area, now: now)
        model.chat.layout = frame.layout
        return frame.cursor
    }

    public mutating func perform(_ command: Command, now: Date) -> [Effect<Event>] {
        switch command {
        case .loadData:
            guard session == nil else { return [] }
            guard let bot = loadBot() else {
                nextLoad = now.addingTimeInterval(Double(model.settings.retrySeconds))
                return []
            }
            session = BotSession(bot: bot, state: model.settings.freshAccount)
            nextLoad = nil
            return [.send(.dataLoaded)]
        case .kiosk(.chat(let command)):
            return session?.perform(command, now: now).map { $0.map { Event.kiosk(.chat($0)) } } ?? []
        case .kiosk(.sessionEnded):
            session?.reset(to: model.settings.freshAccount)
            return [.cancelTimers]
        case .kiosk(.exit):
            return [.quit]
        }
    }

    public func subscriptions(now: Date) -> [Subscription<Event>] {
        var subscriptions: [Subscription<Event>] = [.poll(everyMilliseconds: 1000) { [.kiosk(.tick)] }]
        if let nextLoad { subscriptions.append(.at(nextLoad, .retryData)) }
        return subscriptions + feed.subscription(Event.data)
    }

    public func event(for input: InputEvent) -> Event? {
        .kiosk(.chat(.input(input)))
    }
}
