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
    private var running = true

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

    /// Runs until F10; the terminal is restored on the way out, however it goes.
    public mutating func run() {
        defer { terminal.restore() }
        while running {
            takeNewData()
            drainEvents()
            guard running else { break }
            draw()
            let timeout = feed.cappedTimeout(-1)
            if let input = terminal.nextEvent(timeoutMilliseconds: timeout.milliseconds) {
                events.append(.input(input))
            } else if !timeout.capped {
                break
            }
        }
    }

    /// A swapped-in data set answers from the next check on; the status line says what happened.
    private mutating func takeNewData() {
        let changes = feed.changes()
        if let data = changes.data { checker = Checker(data: data) }
        for event in changes.events {
            events.append(.notice(model.catalog.text(event.message, in: model.language)))
        }
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
                    let result = checker.check(typed, language: model.language)
                    // Committed before `.recorded` puts the answer on screen.
                    events.append(.recorded(try journal.record(result, typed: typed, channel: channel, at: clock())))
                case .saveNote(let id, let note):
                    events.append(.noteSaved(id: id, note: try journal.update(note: note, channel: nil, for: id)))
                case .saveChannel(let id, let channel):
                    _ = try journal.update(note: nil, channel: channel, for: id)
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

    private func describe(_ error: any Error) -> String {
        let reason = (error as? any Localizable).map { model.catalog.text($0.message, in: model.language) } ?? String(describing: error)
        return model.text("desk.error.journal", ["reason": .text(reason)])
    }
}
