import Foundation
import TekserBot
import TekserCore

/// `tekser kiosk` as a program for the runtime: the kiosk's model and update, the bot once the
/// data loads (off the loop, retried every `retrySeconds` while it cannot), the once-a-second
/// countdown tick, and the live-data feed, whose events go to the log only, never to the citizen.
public struct KioskProgram: Program {
    public enum Event {
        case kiosk(KioskEvent)
        case data(DataChange)
        /// Time to try loading the data again.
        case retryData
        /// The load came back: the data, or nil when it could not be had.
        case loaded(DataSet?)
        /// The data loaded: the kiosk opens.
        case dataLoaded
    }

    public enum Command {
        case kiosk(KioskCommand)
        case loadData
        /// The data is here: make the bot and open.
        case open(DataSet)
    }

    public private(set) var model: KioskModel
    /// The bot and the current citizen's account; nil while out of service.
    public private(set) var session: BotSession?
    private let loadData: @Sendable () -> DataSet?
    private let makeBot: (DataSet) -> Bot
    /// The load may wait on the team's server for seconds (a cut network): the kiosk keeps
    /// answering the operator key meanwhile.
    private let loading: BackgroundWork<DataSet?>
    private let feed: DataFeed
    private var nextLoad: Date?

    /// Every terminating signal restores the terminal and ends the process. The keyboard is raw,
    /// so Ctrl-C or Ctrl-Backslash typed at the kiosk are keys, never signals: a signal can only come from
    /// the operator's side (a supervisor, `kill`), which means "stop". SIGTSTP is the caller's
    /// to ignore (see `tekser kiosk`).
    public static let signalPolicies: [TerminationSignal: SignalPolicy] = Dictionary(
        uniqueKeysWithValues: TerminationSignal.allCases.map { ($0, .restoreAndExit) })

    /// `loadData` runs on `loading`'s queue and returns nil while the data cannot be had;
    /// `makeBot` runs on the loop once it has come.
    public init(model: KioskModel, loadData: @escaping @Sendable () -> DataSet?, makeBot: @escaping (DataSet) -> Bot,
                loading: BackgroundWork<DataSet?> = BackgroundWork(label: "tekser.kiosk.load"), feed: DataFeed = .none) {
        self.model = model
        self.loadData = loadData
        self.makeBot = makeBot
        self.loading = loading
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
            nextLoad = nil
            return [.loadData]
        case .loaded(let data?):
            return [.open(data)]
        case .loaded(nil):
            nextLoad = now.addingTimeInterval(Double(model.settings.retrySeconds))
            return []
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
            guard session == nil, !loading.isBusy else { return [] }
            loading.start(loadData)
            return []
        case .open(let data):
            guard session == nil else { return [] }
            session = BotSession(bot: makeBot(data), state: model.settings.freshAccount)
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
        return subscriptions + loading.subscription(Event.loaded) + feed.subscription(Event.data)
    }

    public func event(for input: InputEvent) -> Event? {
        .kiosk(.chat(.input(input)))
    }
}
