import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct DeskUpdateTests {
    @Test func enterRecordsTheInquiryBeforeItsAnswerIsShown() {
        let keys = DeskFixture.typing(Fixture.investClub) + [.enter, .function(10)]
        var (app, terminal, journal) = DeskFixture.app(keys)
        var screenWhenRecorded: [String] = []
        journal.onRecord = { screenWhenRecorded = terminal.lines }
        app.run()
        #expect(journal.entries.map(\.shown) == [Fixture.investClub])
        #expect(screenWhenRecorded.contains { $0.contains("BIN/IIN: \(Fixture.investClub)") })
        #expect(!screenWhenRecorded.joined().contains("⛔"))
        #expect(terminal.lines.joined().contains("⛔"))
        #expect(terminal.restoreCount == 1)
    }

    @Test func f5SavesTheNoteOfTheSelectedInquiry() {
        let keys = DeskFixture.typing(Fixture.bank) + [.enter, .function(5)] + DeskFixture.typing("Is Halyk safe?")
            + [.enter, .function(10)]
        var (app, terminal, journal) = DeskFixture.app(keys)
        app.run()
        #expect(journal.entries.map(\.note) == ["Is Halyk safe?"])
        #expect(terminal.lines.contains { $0.contains("\(Fixture.bank) 10:00 Is Halyk") })
    }

    @Test func escapeLeavesTheNoteAsItWas() {
        var model = DeskFixture.model(checking: [Fixture.bank], notes: ["first"])
        var commands: [DeskCommand]
        (model, _) = DeskUpdate.update(model, .input(.function(5)))
        (model, _) = DeskUpdate.update(model, .input(.text("!")))
        (model, commands) = DeskUpdate.update(model, .input(.escape))
        #expect(commands.isEmpty)
        #expect(model.selected?.note == "first")
        #expect(model.mode == .check)
    }

    @Test func f6CyclesTheChannelAndTheNextInquiryKeepsIt() {
        let keys = DeskFixture.typing(Fixture.bank) + [.enter, .function(6), .function(6)]
            + DeskFixture.typing("12345") + [.enter, .function(10)]
        var (app, _, journal) = DeskFixture.app(keys)
        app.run()
        #expect(journal.entries.map(\.channel) == [.email, .email])
        #expect(Channel.personal.map(\.next) == [.walkIn, .email, .letter, .phone])
    }

    @Test func upAndDownMoveTheSelectionAndResetThePanel() {
        var model = DeskFixture.model(checking: [Fixture.bank, Fixture.investClub, Fixture.revokedMFO])
        #expect(model.selected?.shown == Fixture.revokedMFO)
        model.layout = DeskLayout(panelHeight: 10, maxPanelScroll: 30)
        (model, _) = DeskUpdate.update(model, .input(.pageDown))
        #expect(model.panelScroll == 9)
        (model, _) = DeskUpdate.update(model, .input(.down))
        #expect(model.selected?.shown == Fixture.investClub)
        #expect(model.panelScroll == 0)
        (model, _) = DeskUpdate.update(model, .input(.down))
        (model, _) = DeskUpdate.update(model, .input(.down))
        #expect(model.selected?.shown == Fixture.bank)
        (model, _) = DeskUpdate.update(model, .input(.up))
        #expect(model.selected?.shown == Fixture.investClub)
    }

    @Test func f3FiltersTheListByText() {
        var model = DeskFixture.model(checking: [Fixture.bank, Fixture.investClub], notes: ["Halyk", "Instagram club"])
        (model, _) = DeskUpdate.update(model, .input(.function(3)))
        for character in "halyk" { (model, _) = DeskUpdate.update(model, .input(.text(character))) }
        #expect(model.visibleEntries.map(\.shown) == [Fixture.bank])
        #expect(model.selected?.shown == Fixture.bank)
        (model, _) = DeskUpdate.update(model, .input(.escape))
        #expect(model.visibleEntries.count == 2)
    }

    @Test func f10AndCtrlCQuit() {
        for key in [InputEvent.function(10), .control("c")] {
            let (_, commands) = DeskUpdate.update(DeskFixture.model(checking: []), .input(key))
            #expect(commands == [.quit])
        }
    }
}

@Suite struct DeskNoteStorageTests {
    @Test func theScreenShowsTheNoteAsTheJournalKeepsIt() {
        let keys = DeskFixture.typing(Fixture.bank) + [.enter, .function(5)] + DeskFixture.typing("IIN 850312")
            + [.enter, .function(10)]
        var (app, terminal, journal) = DeskFixture.app(keys)
        app.run()
        #expect(journal.entries.map(\.note) == ["IIN ••••••"])
        #expect(app.program.model.selected?.note == "IIN ••••••")
        #expect(!terminal.lines.joined().contains("850312"))
    }
}
