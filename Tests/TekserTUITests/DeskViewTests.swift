import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct DeskViewTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    @Test(arguments: sizes)
    func bothPanesAndTheKeyBar(size: Size) {
        let model = DeskFixture.model(checking: [Fixture.bank, Fixture.investClub], notes: ["bank?", "club from Instagram"])
        let lines = DeskFixture.render(model, size: size).grid.lines
        #expect(lines.count == size.height)
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) == size.width })
        #expect(lines[0].hasPrefix(" Help desk · Aigerim · phone · 2 inquiries"))
        let bar = "F1Help F2New F3Find F5Note F6Channel F8Maximise F10Quit"
        #expect(lines[size.height - 1] == bar + String(repeating: " ", count: size.width - bar.count))
        // Left: the check line, then the list, latest first.
        #expect(lines[1].hasPrefix("╭─ Shift ─"))
        #expect(lines[2].hasPrefix("│BIN/IIN: "))
        #expect(lines[4].hasPrefix("│⛔ \(Fixture.investClub) 10:01 club"))
        #expect(lines[5].hasPrefix("│✅ \(Fixture.bank) 10:00 bank?"))
        // Right: the evidence for the selected (latest) inquiry.
        let leftWidth = max(30, size.width * 2 / 5)
        let right = lines.map { String($0.dropFirst(leftWidth)) }
        #expect(right[1].hasPrefix("╭─ Evidence ─"))
        #expect(right[2].hasPrefix("│ No. 2 · 10:01 · phone · Aigerim"))
        #expect(right.contains { $0.contains("⛔ ") })
    }

    @Test func theWholeScreenRowByRow() {
        let model = DeskFixture.model(checking: [Fixture.bank, Fixture.investClub], notes: ["bank?", "club from Instagram"])
        #expect(DeskFixture.render(model, size: Size(width: 80, height: 24)).grid.lines == [
            " Help desk · Aigerim · phone · 2 inquiries                                      ",
            "╭─ Shift ──────────────────────╮╭─ Evidence ───────────────────────────────────╮",
            "│BIN/IIN:                      ││ No. 2 · 10:01 · phone · Aigerim              │",
            "│──────────────────────────────││ Note: club from Instagram                    │",
            "│⛔ 210740000998 10:01 club fro││                                              │",
            "│✅ 940140000385 10:00 bank?   ││ ⛔ Criminal case registered                  │",
            "│                              ││   Инвест Клуб «Быстрый доход»                │",
            "│                              ││ Found in: Ministry of Internal Affairs       │",
            "│                              ││ criminal cases (as of 2026-10-20); ARDFM     │",
            "│                              ││ warning list (as of 2026-11-02)              │",
            "│                              ││ Not in: ARDFM register of licensed           │",
            "│                              ││ organisations (as of 2026-11-01); AFM        │",
            "│                              ││ criminal cases (as of 2026-10-15)            │",
            "│                              ││ On the warning list since 2026-01-15.        │",
            "│                              ││ The case is under Article 217 of the         │",
            "│                              ││ Criminal Code: creating or running a         │",
            "│                              ││ financial pyramid.                           │",
            "│                              ││ BIN 210740000998: registered 2021-07,        │",
            "│                              ││ resident legal entity, head office           │",
            "│                              ││ Law enforcement has opened a criminal case.  │",
            "│                              ││ Do not give them money.                      │",
            "│                              ││ Demo data — not official registries          │",
            "╰──────────────────────────────╯╰────────────────────────────────────── ▼ PgDn ╯",
            "F1Help F2New F3Find F5Note F6Channel F8Maximise F10Quit                         ",
        ])
    }

    @Test func theHelpScreenIsTheKeyTable() {
        var model = DeskFixture.model(checking: [Fixture.bank])
        (model, _) = DeskUpdate.update(model, .input(.function(1)))
        #expect(DeskFixture.render(model, size: Size(width: 80, height: 24)).grid.lines == [
            " Help desk · Aigerim · phone · 1 inquiry                                        ",
            "╭─ Keys (any key closes) ──────────────────────────────────────────────────────╮",
            "│ F1            this list of keys                                              │",
            "│ F2            new inquiry: empty check line, whole list                      │",
            "│ F3            find in the journal: filter the list by text                   │",
            "│ F5            write the caller's question or company name for the selected   │",
            "│               inquiry                                                        │",
            "│ F6            change the channel: phone, walk-in, e-mail, letter             │",
            "│ F8            maximise the evidence panel, or bring the list back            │",
            "│ F10/Ctrl-C    end the shift and quit                                         │",
            "│ Enter         check / save the note / keep the filter                        │",
            "│ Esc           cancel the note or filter                                      │",
            "│ Up            newer inquiry                                                  │",
            "│ Down          older inquiry                                                  │",
            "│ PgUp          scroll the evidence up                                         │",
            "│ PgDn          scroll the evidence down                                       │",
            "│ Left/Ctrl-B   cursor left                                                    │",
            "│ Right/Ctrl-F  cursor right                                                   │",
            "│ Home/Ctrl-A   start of the line                                              │",
            "│ End/Ctrl-E    end of the line                                                │",
            "│ Backspace     delete the character before the cursor                         │",
            "│ Del/Ctrl-D    delete the character under the cursor                          │",
            "╰────────────────────────────────────────────────────────────────────── ▼ PgDn ╯",
            "F1Help F2New F3Find F5Note F6Channel F8Maximise F10Quit                         ",
        ])
    }

    @Test(arguments: sizes)
    func evidenceRowsNameFileAndLine(size: Size) {
        let model = DeskFixture.model(checking: [Fixture.investClub])
        var lines = DeskFixture.render(model, size: size).grid.lines
        var model2 = model
        // Page through the whole panel so every row is seen at least once.
        var seen = lines
        for _ in 0..<10 {
            model2.layout = DeskFixture.render(model2, size: size).layout
            (model2, _) = DeskUpdate.update(model2, .input(.pageDown))
            lines = DeskFixture.render(model2, size: size).grid.lines
            seen += lines
        }
        let text = seen.joined(separator: "\n")
        #expect(text.contains("warning.csv, line 2"))
        #expect(text.contains("mvd.csv, line 2"))
        #expect(text.contains("Searched with no match:"))
    }

    @Test func anIINIsMaskedInTheListAndThePanel() {
        let model = DeskFixture.model(checking: [Fixture.personIIN])
        let text = DeskFixture.render(model, size: Size(width: 120, height: 40)).grid.lines.joined(separator: "\n")
        let masked = Fixture.maskedPersonIIN
        #expect(text.contains(masked))
        #expect(!text.contains(Fixture.personIIN))
    }

    @Test(arguments: sizes)
    func theMaximisedPanelTakesTheWholeWidth(size: Size) {
        var model = DeskFixture.model(checking: [Fixture.bank])
        (model, _) = DeskUpdate.update(model, .input(.function(8)))
        let lines = DeskFixture.render(model, size: size).grid.lines
        #expect(lines[1].hasPrefix("╭─ Evidence (F8 back) ─"))
        #expect(lines[1].hasSuffix("╮"))
        #expect(!lines.joined().contains("BIN/IIN:"))
        #expect(lines[2].hasPrefix("│ No. 1 · 10:00 · phone · Aigerim"))
    }

    @Test func helpListsEveryBindingFromTheKeyTable() {
        var model = DeskFixture.model(checking: [])
        (model, _) = DeskUpdate.update(model, .input(.function(1)))
        let text = DeskFixture.render(model, size: Size(width: 120, height: 40)).grid.lines.joined(separator: "\n")
        for binding in KeyMap.desk.bindings {
            #expect(text.contains(binding.keyLabel))
        }
        #expect(text.contains("end the shift and quit"))
    }

    @Test func asciiLooksKeepToASCII() {
        let journalModel = DeskFixture.model(checking: [Fixture.investClub, "12345"])
        let model = DeskModel(catalog: DeskFixture.catalog, language: .ru, ascii: true, operatorName: "Айгерим",
                              entries: journalModel.entries)
        let lines = DeskFixture.render(model, size: Size(width: 80, height: 24)).grid.lines
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(lines[4].hasPrefix("|[*]  12345"))
    }

    @Test(arguments: [Size(width: 20, height: 5), Size(width: 49, height: 24), Size(width: 80, height: 9), Size(width: 1, height: 1)])
    func tooSmallWindowsGetANoticeNotACrash(size: Size) {
        let lines = DeskFixture.render(DeskFixture.model(checking: [Fixture.bank]), size: size).grid.lines
        #expect(lines.count == size.height)
        #expect(!lines.joined().contains("F10Quit"))
    }

    @Test func anOldInquiryThatCannotBeCheckedAgainShowsWhatTheJournalKept() {
        let old = DeskEntry(id: 7, time: "09:15", operatorName: "Dana", shown: "•••• •••• 0012", verdict: .criminalCase,
                            channel: .letter, note: "", result: nil)
        let model = DeskModel(catalog: DeskFixture.catalog, language: .en, operatorName: "Aigerim", entries: [old])
        let text = DeskFixture.render(model, size: Size(width: 120, height: 40)).grid.lines.joined(separator: "\n")
        #expect(text.contains("No. 7 · 09:15 · letter · Dana"))
        #expect(text.contains("⛔ Criminal case"))
        #expect(text.contains("Recorded earlier"))
    }

    @Test func everyActionHasAKeyAndTheBarShowsTheFunctionKeys() {
        #expect(Set(KeyMap.desk.bindings.map(\.action)) == Set(DeskAction.allCases))
        let bar = KeyMap.desk.barEntries(DeskFixture.catalog, in: .kk).map(\.key)
        #expect(bar == ["F1", "F2", "F3", "F5", "F6", "F8", "F10"])
    }
}

/// What waits for the team's server: counted at the right of the header, and an inquiry kept
/// locally shows no number of its own until the journal gives it one.
@Suite struct DeskServerViewTests {
    @Test func theHeaderCountsWhatWaitsForTheServer() {
        let model = DeskFixture.model(checking: [Fixture.bank])
        let (waiting, _) = DeskUpdate.update(model, .waiting(2))
        let header = DeskFixture.render(waiting, size: Size(width: 80, height: 24)).grid.lines[0]
        #expect(header.hasPrefix(" Help desk · Aigerim"))
        #expect(header.hasSuffix("2 waiting for the server "))
        let (none, _) = DeskUpdate.update(waiting, .waiting(0))
        #expect(!DeskFixture.render(none, size: Size(width: 80, height: 24)).grid.lines[0].contains("waiting"))
    }

    @Test func theHeaderSaysWhyTheServerTakesNothing() {
        let model = DeskFixture.model(checking: [Fixture.bank])
        let problem = Message("journal.error.keyMismatch", ["path": .text("/k")])
        let (refused, _) = DeskUpdate.update(model, .serverProblem(problem))
        let header = DeskFixture.render(refused, size: Size(width: 200, height: 24)).grid.lines[0]
        #expect(header.contains(String(try! Catalog.bundled().text(problem, in: .en).prefix(30))))
        let (cleared, _) = DeskUpdate.update(refused, .serverProblem(nil))
        #expect(DeskFixture.render(cleared, size: Size(width: 200, height: 24)).grid.lines[0] != header)
    }

    @Test func anInquiryKeptLocallyHasNoNumberYet() {
        let model = DeskFixture.model(checking: [Fixture.bank])
        let kept = DeskEntry(id: -3, time: "10:05", operatorName: "Aigerim", shown: Fixture.investClub, verdict: .warningList,
                             channel: .phone, note: "", result: nil)
        let (shown, _) = DeskUpdate.update(model, .recorded(kept))
        let lines = DeskFixture.render(shown, size: Size(width: 120, height: 30)).grid.lines
        #expect(lines.contains { $0.contains("No number yet") && $0.contains("10:05") })
        #expect(!lines.contains { $0.contains("No. -3") })
    }
}

/// The published data version in the desk's header, and the warning when the server is away.
@Suite struct DeskPublishedViewTests {
    @Test func theHeaderNamesThePublishedVersionAndAnAwayServer() {
        var model = DeskFixture.model(checking: [Fixture.bank])
        #expect(!DeskFixture.render(model, size: Size(width: 100, height: 24)).grid.lines[0].contains("data v"))
        model.dataNote = DataState(version: 4, serverAway: true).note
        let (waiting, _) = DeskUpdate.update(model, .waiting(1))
        let header = DeskFixture.render(waiting, size: Size(width: 100, height: 24)).grid.lines[0]
        #expect(header.hasPrefix(" Help desk · Aigerim"))
        #expect(header.hasSuffix("data v4, server away · 1 waiting for the server "))
    }
}
