import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

/// A journal that refuses mid-shift: the desk answers all the same, marks the inquiry
/// "not saved yet", keeps it (with its note) and writes it, in order, once the journal is back.
@Suite struct DeskJournalFailureTests {
    struct DiskFull: Error {}

    /// A script of keys with steps between them, so a test can break or mend the journal, or
    /// look at the screen, at a chosen moment of the run.
    final class SteppedTerminal: Terminal {
        enum Step {
            case keys([InputEvent])
            case run(() -> Void)
        }

        let screen = TestTerminal(size: Size(width: 100, height: 24))
        private var steps: [Step]

        init(_ steps: [Step]) { self.steps = steps }

        var size: Size { screen.size }
        var capabilities: TerminalCapabilities { screen.capabilities }
        func draw(_ grid: Grid, cursor: Point?) { screen.draw(grid, cursor: cursor) }
        func restore() { screen.restore() }

        func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
            while let step = steps.first {
                switch step {
                case .run(let action):
                    steps.removeFirst()
                    action()
                case .keys(let keys) where keys.isEmpty:
                    steps.removeFirst()
                case .keys(var keys):
                    let key = keys.removeFirst()
                    steps[0] = .keys(keys)
                    return key
                }
            }
            return nil
        }
    }

    /// Lets a step read the screen of the terminal it belongs to.
    final class Box {
        var terminal: SteppedTerminal?
        func text() -> String { terminal?.screen.lines.joined(separator: "\n") ?? "" }
    }

    func app(_ steps: [SteppedTerminal.Step], journal: MemoryDeskJournal) -> (DeskApp, SteppedTerminal) {
        let terminal = SteppedTerminal(steps)
        let model = DeskModel(catalog: DeskFixture.catalog, language: .en, operatorName: "Aigerim")
        return (DeskApp(terminal: terminal, checker: DeskFixture.checker, journal: journal, model: model), terminal)
    }

    @Test func aRefusedInquiryIsAnsweredKeptAndWrittenWhenTheJournalIsBack() {
        let journal = MemoryDeskJournal()
        var whileRefused = ""
        var whenBack = ""
        let bank: [InputEvent] = DeskFixture.typing(Fixture.bank) + [.enter]
        let club: [InputEvent] = DeskFixture.typing(Fixture.investClub) + [.enter, .function(5)]
        let note: [InputEvent] = DeskFixture.typing("Instagram club") + [.enter]
        let terminalBox = Box()
        let steps: [SteppedTerminal.Step] = [
            .run { journal.failure = DiskFull() },
            .keys(bank), .keys(club), .keys(note),
            .run { whileRefused = terminalBox.text() },
            .run { journal.failure = nil },
            .keys([.resize(Size(width: 100, height: 24))]),
            .run { whenBack = terminalBox.text() },
            .keys([.function(10)]),
        ]
        var (app, terminal) = app(steps, journal: journal)
        terminalBox.terminal = terminal
        app.run()
        #expect(whenBack.contains("The journal works again"), "\(whenBack)")
        #expect(whileRefused.contains("✅ \(Fixture.bank)") && whileRefused.contains("⛔ \(Fixture.investClub)"), "\(whileRefused)")
        #expect(whileRefused.components(separatedBy: "(not saved yet)").count == 3, "\(whileRefused)")
        #expect(journal.entries.map(\.shown) == [Fixture.bank, Fixture.investClub], "written in the order asked")
        #expect(journal.entries.map(\.note) == ["", "Instagram club"])
        #expect(app.unsaved.isEmpty)
        #expect(app.model.entries.allSatisfy { $0.isSaved && $0.id > 0 })
        #expect(!terminal.screen.lines.joined().contains("not saved yet"))
    }

    @Test func theFirstRefusalSaysWhyInTheUsersLanguage() {
        let journal = MemoryDeskJournal()
        journal.failure = DiskFull()
        var (app, terminal) = app([.keys(DeskFixture.typing(Fixture.bank) + [.enter])], journal: journal)
        app.run()
        #expect(terminal.screen.lines.joined().contains("Not saved in the journal yet"))
    }

    @Test func inquiriesStillRefusedAtTheEndAreHandedBack() {
        let journal = MemoryDeskJournal()
        journal.failure = DiskFull()
        var (app, _) = app([.keys(DeskFixture.typing(Fixture.bank) + [.enter, .function(10)])], journal: journal)
        app.run()
        #expect(app.unsaved.map(\.shown) == [Fixture.bank])
        #expect(journal.entries.isEmpty)
    }

    @Test func aKeptInquiryCanBeSelectedAndNotedLikeAnyOther() {
        let journal = MemoryDeskJournal()
        journal.failure = DiskFull()
        var (app, _) = app([
            .keys(DeskFixture.typing(Fixture.bank) + [.enter, .function(6), .function(5)] + DeskFixture.typing("walk in") + [.enter, .function(10)]),
        ], journal: journal)
        app.run()
        let kept = try! #require(app.unsaved.first)
        #expect(kept.note == "walk in" && kept.channel == .walkIn && app.model.selectedID == kept.id)
    }
}
