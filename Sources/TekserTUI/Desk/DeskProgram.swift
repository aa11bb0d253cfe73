import Foundation
import TekserCore

/// `tekser desk` as a program for the runtime: the desk's model and update, the checker, the
/// journal every inquiry is committed to before its answer shows, the inquiries the journal
/// refused (offered to it again every second, and once more at the end), and the live-data
/// feed, whose swaps and refusals show in the status line.
public struct DeskProgram: Program {
    public enum Event {
        case desk(DeskEvent)
        case data(DataChange)
        /// Time to offer the journal the inquiries it refused.
        case retryJournal
        /// Time to count again what waits for the team's server.
        case countWaiting
    }

    public enum Command {
        case desk(DeskCommand)
        case retryJournal
    }

    public private(set) var model: DeskModel
    public private(set) var checker: Checker
    public let journal: any DeskJournal
    private let feed: DataFeed
    private var pending = PendingInquiries()
    /// F3's searches of the team's server, run off the loop: a slow server must not freeze the desk.
    private let teamSearches = BackgroundWork<TeamSearch>(label: "tekser.desk.team-search")
    /// How often inquiries the journal refused are offered to it again.
    static let retryMilliseconds = 1000

    /// Every terminating signal only asks the loop to stop: the inquiry being written is
    /// committed (or rolled back) first, then the terminal is restored and the journal closed.
    public static let signalPolicies: [TerminationSignal: SignalPolicy] = Dictionary(
        uniqueKeysWithValues: TerminationSignal.allCases.map { ($0, .notify) })

    /// `model` carries the catalog, language, operator and the shift loaded so far.
    public init(model: DeskModel, checker: Checker, journal: any DeskJournal, feed: DataFeed = .none) {
        self.model = model
        self.checker = checker
        self.journal = journal
        self.feed = feed
    }

    /// The inquiries answered on screen that the journal has not taken, latest first.
    public var unsaved: [DeskEntry] { model.entries.filter { !$0.isSaved } }

    public func start(now: Date) -> [Command] { [] }

    public mutating func update(_ event: Event, now: Date) -> [Command] {
        switch event {
        case .desk(let event):
            let commands: [DeskCommand]
            (model, commands) = DeskUpdate.update(model, event)
            return commands.map(Command.desk)
        case .data(let change):
            if let data = change.data {
                checker = Checker(data: data)
                (model, _) = DeskUpdate.update(model, .rechecked(model.recheckedShift(on: checker)))
            }
            if let state = change.state { model.dataNote = state.note }
            for event in change.events {
                (model, _) = DeskUpdate.update(model, .notice(model.catalog.text(event.message, in: model.language)))
            }
            return []
        case .retryJournal:
            return [.retryJournal]
        case .countWaiting:
            (model, _) = DeskUpdate.update(model, .waiting(journal.waiting))
            (model, _) = DeskUpdate.update(model, .serverProblem(journal.serverProblem))
            return []
        }
    }

    public mutating func view(into grid: inout Grid, area: Rect, now: Date) -> Point? {
        let frame = DeskView.render(model, into: &grid, area: area)
        model.layout = frame.layout
        return frame.cursor
    }

    public mutating func perform(_ command: Command, now: Date) -> [Effect<Event>] {
        let events: [DeskEvent]
        switch command {
        case .retryJournal: events = retryPending()
        case .desk(.check(let typed, let channel)): events = check(typed, channel: channel, now: now)
        case .desk(.saveNote(let id, let note)): events = save(note: note, channel: nil, for: id)
        case .desk(.saveChannel(let id, let channel)): events = save(note: nil, channel: channel, for: id)
        case .desk(.searchTeam(let text)):
            searchTeam(text)
            return []
        case .desk(.redraw): return [.repaint]
        case .desk(.quit): return [.quit]
        }
        return events.map { .send(.desk($0)) }
    }

    public func subscriptions(now: Date) -> [Subscription<Event>] {
        var subscriptions = feed.subscription(Event.data)
        // The team's answer comes back as `.team`; DeskUpdate drops it if the filter has moved on.
        subscriptions += teamSearches.subscription { Event.desk(.team($0)) }
        if !pending.isEmpty { subscriptions.append(.poll(everyMilliseconds: Self.retryMilliseconds) { [.retryJournal] }) }
        // While inquiries wait for the server, or with a team's server, the status line follows the outbox.
        if model.waiting > 0 || model.searchesTeam { subscriptions.append(.poll(everyMilliseconds: Self.retryMilliseconds) { [.countWaiting] }) }
        return subscriptions
    }

    public func event(for input: InputEvent) -> Event? {
        .desk(.input(input))
    }

    /// A last offer to the journal before the shift ends; what it still refuses is `unsaved`.
    public func stop(now: Date) -> [Command] { [.retryJournal] }

    private mutating func retryPending() -> [DeskEvent] {
        guard !pending.isEmpty else { return [] }
        let (saved, error) = pending.flush(into: journal)
        var events = saved.map { DeskEvent.saved(localID: $0.localID, entry: $0.entry) }
        if !saved.isEmpty, error != nil { events.append(.failed(message: notSaved(error))) }
        return events
    }

    /// Checks and records; an inquiry the journal refuses is answered all the same, marked
    /// "not saved yet", and kept for the journal. Kept ones go first, so the journal keeps the order.
    private mutating func check(_ typed: String, channel: Channel, now: Date) -> [DeskEvent] {
        let result = checker.check(typed, language: model.language)
        var events = retryPending()
        let failure: String
        if pending.isEmpty {
            do {
                // Committed before `.recorded` puts the answer on screen (perhaps to the outbox, then counted).
                return events + [.recorded(try journal.record(result, typed: typed, channel: channel, at: now)), .waiting(journal.waiting)]
            } catch {
                failure = notSaved(error)
            }
        } else {
            failure = model.text("failures.journal.queued")
        }
        events.append(.recorded(pending.keep(result, typed: typed, channel: channel, at: now, operatorName: model.operatorName,
                                                          clock: model.clock)))
        return events + [.failed(message: failure)]
    }

    private mutating func save(note: String?, channel: Channel?, for id: Int64) -> [DeskEvent] {
        if pending.update(note: note, channel: channel, for: id) {
            return note.map { [.noteSaved(id: id, note: $0)] } ?? []
        }
        do {
            let stored = try journal.update(note: note, channel: channel, for: id)
            return note == nil ? [] : [.noteSaved(id: id, note: stored)]
        } catch {
            return [.failed(message: model.text("desk.error.journal", ["reason": .text(reason(error))]))]
        }
    }

    /// At most this many of the team's matches are shown.
    static let teamSearchLimit = 50

    /// Asks the server on the background queue. The journal's search goes through the server
    /// link, which is made for use from any thread; nothing else of the journal is touched there.
    private func searchTeam(_ text: String) {
        nonisolated(unsafe) let journal = journal
        teamSearches.start {
            guard let found = try? journal.searchTeam(text, limit: Self.teamSearchLimit) else { return .away(text: text) }
            return .found(text: text, found)
        }
    }

    private func reason(_ error: (any Error)?) -> String {
        guard let error else { return "" }
        return (error as? any Localizable).map { model.catalog.text($0.message, in: model.language) } ?? String(describing: error)
    }

    private func notSaved(_ error: (any Error)?) -> String {
        model.text("failures.journal.notSaved", ["reason": .text(reason(error))])
    }
}
