import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

/// A journal that refuses mid-shift: the desk answers all the same, marks the inquiry
/// "not saved yet", keeps it (with its note) and writes it, in order, once the journal is back.
@Suite struct DeskJournalFailureTests {
    struct DiskFull: Error {}

    /// Lets a step read the screen of the terminal it belongs to.
    final class Box {
        var terminal: TestTerminal?
        func text() -> String { terminal?.lines.joined(separator: "\n") ?? "" }
    }

    func app(_ steps: [TestTerminal.Step], journal: MemoryDeskJournal) -> (Runtime<DeskProgram>, TestTerminal) {
        let (runtime, terminal, _) = DeskFixture.app(steps, size: Size(width: 100, height: 24), journal: journal)
        return (runtime, terminal)
    }

    static func keys(_ keys: [InputEvent]) -> [TestTerminal.Step] { keys.map(TestTerminal.Step.input) }

    @Test func aRefusedInquiryIsAnsweredKeptAndWrittenWhenTheJournalIsBack() {
        let journal = MemoryDeskJournal()
        var whileRefused = ""
        var whenBack = ""
        let bank: [InputEvent] = DeskFixture.typing(Fixture.bank) + [.enter]
        let club: [InputEvent] = DeskFixture.typing(Fixture.investClub) + [.enter, .function(5)]
        let note: [InputEvent] = DeskFixture.typing("Instagram club") + [.enter]
        let terminalBox = Box()
        let steps: [TestTerminal.Step] = [.run { journal.failure = DiskFull() }] + Self.keys(bank + club + note)
            + [.run { whileRefused = terminalBox.text() }, .run { journal.failure = nil }]
            + Self.keys([.resize(Size(width: 100, height: 24))])
            + [.run { whenBack = terminalBox.text() }] + Self.keys([.function(10)])
        var (app, terminal) = app(steps, journal: journal)
        terminalBox.terminal = terminal
        app.run()
        #expect(whenBack.contains("The journal works again"), "\(whenBack)")
        #expect(whileRefused.contains("✅ \(Fixture.bank)") && whileRefused.contains("⛔ \(Fixture.investClub)"), "\(whileRefused)")
        #expect(whileRefused.components(separatedBy: "(not saved yet)").count == 3, "\(whileRefused)")
        #expect(journal.entries.map(\.shown) == [Fixture.bank, Fixture.investClub], "written in the order asked")
        #expect(journal.entries.map(\.note) == ["", "Instagram club"])
        #expect(app.program.unsaved.isEmpty)
        #expect(app.program.model.entries.allSatisfy { $0.isSaved && $0.id > 0 })
        #expect(!terminal.lines.joined().contains("not saved yet"))
    }

    @Test func theFirstRefusalSaysWhyInTheUsersLanguage() {
        let journal = MemoryDeskJournal()
        journal.failure = DiskFull()
        var (app, terminal) = app(Self.keys(DeskFixture.typing(Fixture.bank) + [.enter]), journal: journal)
        app.run()
        #expect(terminal.lines.joined().contains("Not saved in the journal yet"))
    }

    @Test func inquiriesStillRefusedAtTheEndAreHandedBack() {
        let journal = MemoryDeskJournal()
        journal.failure = DiskFull()
        var (app, _) = app(Self.keys(DeskFixture.typing(Fixture.bank) + [.enter, .function(10)]), journal: journal)
        app.run()
        #expect(app.program.unsaved.map(\.shown) == [Fixture.bank])
        #expect(journal.entries.isEmpty)
    }

    @Test func aKeptInquiryCanBeSelectedAndNotedLikeAnyOther() {
        let journal = MemoryDeskJournal()
        journal.failure = DiskFull()
        var (app, _) = app(Self.keys(DeskFixture.typing(Fixture.bank) + [.enter, .function(6), .function(5)]
            + DeskFixture.typing("walk in") + [.enter, .function(10)]), journal: journal)
        app.run()
        let kept = try! #require(app.program.unsaved.first)
        #expect(kept.note == "walk in" && kept.channel == .walkIn && app.program.model.selectedID == kept.id)
    }

    /// Keys that come in the same burst as F10 are not acted on: nothing is checked after the shift ends.
    @Test func keysAfterQuitInOneBurstAreDropped() {
        let journal = MemoryDeskJournal()
        var (app, _) = app([.inputs([.function(10)] + DeskFixture.typing(Fixture.bank) + [.enter])], journal: journal)
        app.run()
        #expect(journal.entries.isEmpty)
        #expect(app.program.model.entries.isEmpty)
    }
}
