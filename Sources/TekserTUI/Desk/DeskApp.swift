import Foundation
import TekserCore

/// The desk's run loop: draw, wait for a key, update, perform the commands. It is the only
/// part of the desk that checks, writes the journal or talks to the terminal.
public struct DeskApp {
    public let terminal: any Terminal
    public private(set) var checker: Checker
    public let journal: any DeskJournal
    private let clock: () -> Date
    private let feed: DataFeed
    public private(set) var model: DeskModel
    private var events: [DeskEvent] = []
    private var pending = PendingInquiries()
    private var running = true
    /// How often inquiries the journal refused are offered to it again.
    private let retryMilliseconds = 1000

    /// Every terminating signal only asks the loop to stop: the inquiry being written is
    /// committed (or rolled back) first, then the terminal is restored and the journal closed.
    public static let signalPolicies: [TerminationSignal: SignalPolicy] = Dictionary(
        uniqueKeysWithValues: TerminationSignal.allCases.map { ($0, .notify) })

    /// `model` carries the catalog, language, operator and the shift loaded so far.
    /// `feed` brings new data while the desk runs; swaps and refusals show in the status line.
    public init(terminal: any Terminal, checker: Checker, journal: any DeskJournal, model: DeskModel,
                feed: DataFeed = .none, clock: @escaping () -> Date = Date.init) {
        self.terminal = terminal
        self.checker = checker
        self.feed = feed
        self.journal = journal
        self.model = model
        self.clock = clock
    }

    /// Runs until F10, a signal or the end of the terminal; the terminal is restored on the way
    /// out, however it goes. Inquiries the journal still refuses then are in `unsaved`.
    public mutating func run() {
        defer { terminal.restore() }
        while running {
            takeNewData()
            retryPending()
            if journal.waiting != model.waiting { events.append(.waiting(journal.waiting)) }
            drainEvents()
            guard running else { break }
            draw()
            // While inquiries wait for the server, wake every second to show the count go down.
            let wait = feed.cappedTimeout(pending.isEmpty && model.waiting == 0 ? -1 : retryMilliseconds).milliseconds
            let started = ContinuousClock.now
            if let input = terminal.nextEvent(timeoutMilliseconds: wait) {
                events.append(.input(input))
            } else if wait < 0 || SignalGuard.receivedSignal != nil || ContinuousClock.now - started < .milliseconds(wait / 2) {
                // Nothing came, long before the time was up: the terminal has no more to give (a signal, a hangup).
                break
            }
        }
        retryPending()
        drainEvents()
    }

    /// A swapped-in data set answers from the next check on; the status line says what happened.
    private mutating func takeNewData() {
        let changes = feed.changes()
        if let data = changes.data { checker = Checker(data: data) }
        for event in changes.events {
            events.append(.notice(model.catalog.text(event.message, in: model.language)))
        }
    }

    /// The inquiries answered on screen that the journal has not taken, latest first.
    public var unsaved: [DeskEntry] { model.entries.filter { !$0.isSaved } }

    private mutating func retryPending() {
        guard !pending.isEmpty else { return }
        let (saved, error) = pending.flush(into: journal)
        for (localID, entry) in saved { events.append(.saved(localID: localID, entry: entry)) }
        if !saved.isEmpty, error != nil { events.append(.failed(message: notSaved(error))) }
    }

    private mutating func drainEvents() {
        while running, !events.isEmpty {
            let commands: [DeskCommand]
            (model, commands) = DeskUpdate.update(model, events.removeFirst())
            perform(commands)
        }
    }

    private mutating func draw() {
        let screen = DeskView.render(model, size: terminal.size)
        model.layout = screen.layout
        terminal.draw(screen.grid, cursor: screen.cursor)
    }

    private mutating func perform(_ commands: [DeskCommand]) {
        for command in commands {
            do {
                switch command {
                case .check(let typed, let channel):
                    check(typed, channel: channel)
                case .saveNote(let id, let note):
                    if pending.update(note: note, channel: nil, for: id) {
                        events.append(.noteSaved(id: id, note: note))
                    } else {
                        events.append(.noteSaved(id: id, note: try journal.update(note: note, channel: nil, for: id)))
                    }
                case .saveChannel(let id, let channel):
                    if !pending.update(note: nil, channel: channel, for: id) {
                        _ = try journal.update(note: nil, channel: channel, for: id)
                    }
                case .redraw:
                    terminal.draw(Grid(width: 0, height: 0), cursor: nil)
                case .quit:
                    running = false
                }
            } catch {
                events.append(.failed(message: describe(error)))
            }
        }
    }

    /// Checks and records; an inquiry the journal refuses is answered all the same, marked
    /// "not saved yet", and kept for the journal. Kept ones go first, so the journal keeps the order.
    private mutating func check(_ typed: String, channel: DeskChannel) {
        let result = checker.check(typed, language: model.language)
        let date = clock()
        retryPending()
        if pending.isEmpty {
            do {
                // Committed before `.recorded` puts the answer on screen.
                events.append(.recorded(try journal.record(result, typed: typed, channel: channel, at: date)))
                return
            } catch {
                events.append(.recorded(pending.keep(result, typed: typed, channel: channel, at: date, operatorName: model.operatorName)))
                events.append(.failed(message: notSaved(error)))
                return
            }
        }
        events.append(.recorded(pending.keep(result, typed: typed, channel: channel, at: date, operatorName: model.operatorName)))
        events.append(.failed(message: model.text("failures.journal.queued")))
    }

    private func reason(_ error: (any Error)?) -> String {
        guard let error else { return "" }
        return (error as? any Localizable).map { model.catalog.text($0.message, in: model.language) } ?? String(describing: error)
    }

    private func notSaved(_ error: (any Error)?) -> String {
        model.text("failures.journal.notSaved", ["reason": .text(reason(error))])
    }

    private func describe(_ error: any Error) -> String {
        model.text("desk.error.journal", ["reason": .text(reason(error))])
    }
}
