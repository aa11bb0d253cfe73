import Foundation
import TekserCore
import TestSupport
@testable import TekserTUI

/// An in-memory journal for the desk: keeps what it is given, masks IINs as the real one does,
/// and can fail or look at the screen at the moment of recording.
final class MemoryDeskJournal: DeskJournal {
    private(set) var entries: [DeskEntry] = []
    /// Called inside `record`, before it returns: the place to see what the screen showed then.
    var onRecord: (() -> Void)?
    var failure: (any Error)?

    func record(_ result: CheckResult, typed: String, channel: Channel, at: Date) throws -> DeskEntry {
        if let failure { throw failure }
        onRecord?()
        let entry: DeskEntry
        switch result {
        case .verdict(let verdict):
            entry = DeskEntry(id: Int64(entries.count + 1), time: "10:0\(entries.count)", operatorName: "Aigerim",
                              shown: verdict.identifier.masked, verdict: verdict.kind, channel: channel, note: "", result: result)
        case .subject(let verdict):
            entry = DeskEntry(id: Int64(entries.count + 1), time: "10:0\(entries.count)", operatorName: "Aigerim",
                              shown: typed, verdict: verdict.kind, channel: channel, note: "", result: result)
        case .invalid, .invalidLink:
            entry = DeskEntry(id: Int64(entries.count + 1), time: "10:0\(entries.count)", operatorName: "Aigerim",
                              shown: typed, verdict: nil, channel: channel, note: "", result: result)
        }
        entries.append(entry)
        return entry
    }

    /// Notes are stored with digits hidden, so tests can tell the stored note from the typed one.
    func update(note: String?, channel: Channel?, for id: Int64) throws -> String {
        if let failure { throw failure }
        guard let index = entries.firstIndex(where: { $0.id == id }) else { return "" }
        if let note { entries[index].note = String(note.map { $0.isNumber ? "•" : $0 }) }
        if let channel { entries[index].channel = channel }
        return entries[index].note
    }

    func recent(limit: Int) throws -> [DeskEntry] { Array(entries.reversed().prefix(limit)) }
}

/// The fixture data, its checker and ready-made shifts for the desk tests.
enum DeskFixture {
    static let fixture = try! Fixture()
    static let catalog = try! Catalog.bundled()
    static let checker = Checker(data: try! fixture.load())

    /// The desk program on the runtime and a test terminal whose script is `steps`, with the journal it writes to.
    static func app(_ steps: [TestTerminal.Step], size: Size = Size(width: 80, height: 24), journal: MemoryDeskJournal = MemoryDeskJournal())
        -> (Runtime<DeskProgram>, TestTerminal, MemoryDeskJournal) {
        let terminal = TestTerminal(size: size, steps: steps)
        let model = DeskModel(catalog: catalog, language: .en, operatorName: "Aigerim")
        let program = DeskProgram(model: model, checker: checker, journal: journal)
        return (Runtime(program, terminal: terminal, clock: terminal.clock.read), terminal, journal)
    }

    /// The same for a script of keys only.
    static func app(_ keys: [InputEvent], size: Size = Size(width: 80, height: 24), journal: MemoryDeskJournal = MemoryDeskJournal())
        -> (Runtime<DeskProgram>, TestTerminal, MemoryDeskJournal) {
        app(keys.map(TestTerminal.Step.input), size: size, journal: journal)
    }

    /// One frame of `model` on a screen of `size`.
    static func render(_ model: DeskModel, size: Size) -> (grid: Grid, layout: DeskLayout) {
        var grid = Grid(size: size)
        let frame = DeskView.render(model, into: &grid, area: grid.bounds)
        return (grid, frame.layout)
    }

    /// The keys of typing `text`.
    static func typing(_ text: String) -> [InputEvent] { text.map(InputEvent.text) }

    /// A model whose shift has checked `inputs` in order (so the last is on top and selected).
    static func model(checking inputs: [String], notes: [String] = []) -> DeskModel {
        let journal = MemoryDeskJournal()
        for (index, input) in inputs.enumerated() {
            var entry = try! journal.record(checker.check(input, language: .en), typed: input, channel: .phone, at: Date())
            if index < notes.count { entry.note = try! journal.update(note: notes[index], channel: nil, for: entry.id) }
        }
        return DeskModel(catalog: catalog, language: .en, operatorName: "Aigerim", entries: try! journal.recent(limit: 50))
    }
}
