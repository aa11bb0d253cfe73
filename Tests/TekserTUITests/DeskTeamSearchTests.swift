import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

/// F3 on a desk of a team: the operator's own matches first, then the team's from the server,
/// each naming its operator; with the server away, the title says so and the own matches stay.
@Suite struct DeskTeamSearchTests {
    /// The desk's journal with a team behind it: `team` is what the server holds, `nil` when it is away.
    final class TeamDeskJournal: DeskJournal {
        let own = MemoryDeskJournal()
        var team: [DeskEntry]?
        private(set) var searches: [String] = []
        /// When set, a search waits for it: a server slow to answer.
        var gate: DispatchSemaphore?

        func record(_ result: CheckResult, typed: String, channel: Channel, at: Date) throws -> DeskEntry {
            try own.record(result, typed: typed, channel: channel, at: at)
        }
        func update(note: String?, channel: Channel?, for id: Int64) throws -> String { try own.update(note: note, channel: channel, for: id) }
        func recent(limit: Int) throws -> [DeskEntry] { try own.recent(limit: limit) }
        var searchesTeam: Bool { true }
        func searchTeam(_ text: String, limit: Int) throws -> [DeskEntry] {
            _ = gate?.wait(timeout: .now() + 2)
            searches.append(text)
            guard let team else { throw Away() }
            return team.filter { $0.shown.contains(text) }
        }
        struct Away: Error {}
    }

    static func colleague(_ id: Int64, _ typed: String, time: String, note: String = "") -> DeskEntry {
        let result = DeskFixture.checker.check(typed, language: .en)
        return DeskEntry(id: id, time: time, operatorName: "Baurzhan", shown: typed, verdict: result.kind, channel: .phone,
                         note: note, result: result)
    }

    static func desk(_ journal: TeamDeskJournal) -> Driver<DeskProgram> {
        let model = DeskModel(catalog: DeskFixture.catalog, language: .en, operatorName: "Aigerim", searchesTeam: true)
        return Driver(DeskProgram(model: model, checker: DeskFixture.checker, journal: journal), size: Size(width: 110, height: 12))
    }

    /// The shift pane (44 columns at this width) of the first rows.
    static func left(_ lines: [String]) -> [String] {
        lines.prefix(8).map { line in
            var width = 0
            return String(line.prefix { character in
                width += DisplayWidth.width(of: character)
                return width <= 44
            })
        }
    }

    @Test func enterOnTheFindLineShowsTheTeamsMatchesUnderTheOperatorsOwn() {
        let journal = TeamDeskJournal()
        journal.team = [Self.colleague(41, Fixture.investClub, time: "09:12", note: "Instagram"),
                        Self.colleague(40, Fixture.bank, time: "08:55")]
        var desk = Self.desk(journal)
        desk.press(DeskFixture.typing(Fixture.investClub) + [.enter, .function(3)] + DeskFixture.typing("2107"))
        // Typing filters the own list at once; the server is asked only on Enter.
        #expect(journal.searches.isEmpty)
        desk.press([.enter])
        #expect(desk.settle { $0.program.model.team != nil })
        #expect(journal.searches == ["2107"])
        #expect(Self.left(desk.lines) == [
            " Help desk · Aigerim · phone · 1 inquiry    ",
            "╭─ Shift: “2107” · team: 1 more ───────────╮",
            "│BIN/IIN:                                  │",
            "│──────────────────────────────────────────│",
            "│⛔ 210740000998 10:00                     │",
            "│⛔ 210740000998 09:12 [Baurzhan] Instagram│",
            "│                                          │",
            "│                                          │",
        ])
        // The colleague's inquiry can be selected and its evidence read.
        desk.press([.down])
        #expect(desk.program.model.selected?.operatorName == "Baurzhan")
        #expect(desk.text.contains("No. 41 · 09:12 · phone · Baurzhan"))
        // F2 leaves the search: the shift alone again.
        desk.press([.function(2)])
        #expect(desk.program.model.visibleEntries.map(\.id) == [1])
    }

    @Test func withTheServerAwayTheTitleSaysSoAndTheOwnMatchesStay() {
        let journal = TeamDeskJournal()
        var desk = Self.desk(journal)
        desk.press(DeskFixture.typing(Fixture.investClub) + [.enter, .function(3)] + DeskFixture.typing("2107") + [.enter])
        #expect(desk.settle { $0.program.model.team != nil })
        #expect(journal.searches == ["2107"])
        #expect(Self.left(desk.lines)[1...5] == [
            "╭─ Shift: “2107” · team: server away ──────╮",
            "│BIN/IIN:                                  │",
            "│──────────────────────────────────────────│",
            "│⛔ 210740000998 10:00                     │",
            "│                                          │",
        ])
    }

    /// The server is asked off the loop: while it is slow to answer, keys are still handled,
    /// and its answer shows when it comes.
    @Test func aSlowServerDoesNotFreezeTheDesk() {
        let journal = TeamDeskJournal()
        journal.team = [Self.colleague(41, Fixture.investClub, time: "09:12")]
        let gate = DispatchSemaphore(value: 0)
        journal.gate = gate
        var desk = Self.desk(journal)
        desk.press(DeskFixture.typing(Fixture.investClub) + [.enter, .function(3)] + DeskFixture.typing("2107") + [.enter])
        // The search is out and unanswered, yet the next key is on screen.
        desk.press(DeskFixture.typing("4"))
        #expect(desk.program.model.input.text == "4")
        #expect(desk.program.model.team == nil)
        gate.signal()
        #expect(desk.settle { $0.program.model.team != nil })
        #expect(desk.program.model.visibleEntries.map(\.id) == [1, 41])
    }

    /// An inquiry kept for the server while it was away has a number of its own on the desk
    /// (-1) and another once delivered (57): the team's match is the same UUID, not shown twice.
    @Test func theOperatorsOwnInquiryDeliveredLaterIsNotShownAgainAsTheTeams() {
        let uuid = UUID()
        let result = DeskFixture.checker.check(Fixture.investClub, language: .en)
        func entry(_ id: Int64, _ name: String) -> DeskEntry {
            DeskEntry(id: id, time: "10:00", operatorName: name, shown: Fixture.investClub, verdict: result.kind, channel: .phone,
                      note: "", result: result, uuid: uuid)
        }
        var model = DeskModel(catalog: DeskFixture.catalog, language: .en, operatorName: "Aigerim",
                              entries: [entry(-1, "Aigerim")], searchesTeam: true)
        model.filter = "2107"
        model.team = .found(text: "2107", [entry(57, "Aigerim"), Self.colleague(41, Fixture.investClub, time: "09:12")])
        #expect(model.visibleEntries.map(\.id) == [-1, 41])
        #expect(model.teamMatches.map(\.id) == [41])
    }
}
