import Foundation
import Testing
import TestSupport

/// Several batches creating one new journal at the same moment, as a team's scripts do at the
/// start of a shift: every one of them must succeed and every line must be recorded.
@Suite struct CLIJournalConcurrencyTests {
    static let fixture = try! Fixture()
    static let writers = 4
    static let rounds = 20

    @Test func fourBatchesCreatingOneNewJournalAtOnceAllSucceed() throws {
        let scratch = try ScratchFolder("journal-race")
        defer { scratch.remove() }
        let folder = scratch.url
        let lines = [Fixture.bank, Fixture.investClub, "ИИН " + Fixture.personIIN]
        for round in 1...Self.rounds {
            let journal = folder.appendingPathComponent("round-\(round).sqlite").path
            // Started one after another without waiting, so they open the new file together.
            let running = try (1...Self.writers).map { writer in
                try Binary.start(["check", "--data", Self.fixture.directory.path, "--file", "-", "--journal", journal,
                                  "--operator", "op\(writer)"], stdin: lines.joined(separator: "\n"))
            }
            let outputs = running.map { $0.finish() }
            for out in outputs {
                #expect(out.status == 0, "round \(round): \(out.stderr)")
            }
            let export = try Binary.run(["journal", "export", "--format", "json", "--journal", journal])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == Self.writers * lines.count, "round \(round)")
        }
    }
}
