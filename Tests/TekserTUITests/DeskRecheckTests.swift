import Foundation
import Testing
import TekserCore
import TestSupport
@testable import TekserTUI

/// New data swapped in during a shift: inquiries whose verdict would now differ are marked.
@Suite struct DeskRecheckTests {
    static let revoked = try! Fixture(licensed: Fixture.licensedCSV.replacingOccurrences(
        of: "МФО-002,11.03.2021,приостановлена,15.02.2024", with: "МФО-002,11.03.2021,отозвана,15.11.2026"))

    @Test func aSwapMarksTheInquiriesWhoseVerdictChanged() throws {
        let model = DeskModel(catalog: DeskFixture.catalog, language: .en, operatorName: "Aigerim")
        var desk = Driver(DeskProgram(model: model, checker: DeskFixture.checker, journal: MemoryDeskJournal()), size: Size(width: 100, height: 30))
        desk.start()
        desk.press(DeskFixture.typing(Fixture.suspendedMFO) + [.enter] + DeskFixture.typing(Fixture.bank) + [.enter, .down])
        #expect(!desk.text.contains("(now"))
        desk.send(.data(DataChange(data: try Self.revoked.load(), events: [])))
        let app = desk.program
        let mfo = try #require(app.model.entries.first { $0.shown == Fixture.suspendedMFO })
        #expect(mfo.verdict == .licenceSuspended)
        #expect(mfo.verdictNow == .licenceRevoked)
        #expect(app.model.entries.first { $0.shown == Fixture.bank }?.verdictNow == nil)
        let screen = desk.text
        #expect(screen.contains("\(Fixture.suspendedMFO) 10:00 (now ❌)"))
        #expect(screen.contains("The answer given: Licence suspended"))
    }
}

extension DeskRecheckTests {
    @Test func onlyAnInquiryWhoseVerdictChangedIsMarked() throws {
        var model = DeskFixture.model(checking: [Fixture.suspendedMFO, Fixture.bank, "12345"])
        let results = model.recheckedShift(on: Checker(data: try Self.revoked.load()))
        #expect(results.count == 2, "an input that was no identifier is not asked again")
        (model, _) = DeskUpdate.update(model, .rechecked(results))
        #expect(model.entries.map(\.verdictNow) == [nil, nil, .licenceRevoked])
    }
}
