import Foundation
import Testing
import TestSupport
@testable import TekserCore

/// The impostors of licensed names are found once, when the compiled file is built, and kept in
/// it: a data set opened from the file reads them and never searches its rows again, and gives
/// the same relations, both ways, as the CSV files do.
@Suite struct CompiledImpostorTests {
    /// The shipped data and the impostor fixture have clones by name and by link; the generated
    /// registers' stock names are each shared by more licensees than `ImpostorFinder.maxNamesakes`,
    /// so they have none, and must have none both ways.
    enum Folder: String, CaseIterable { case shipped, generated, fixture }

    static func make(_ folder: Folder) throws -> URL {
        switch folder {
        case .shipped: try CompiledEquivalenceTests.make(.shipped)
        case .generated: try CompiledEquivalenceTests.make(.generated)
        case .fixture: try Fixture.withImpostors().directory
        }
    }

    @Test(arguments: Folder.allCases)
    func theCompiledFileKeepsTheImpostorsTheCSVFilesGive(folder: Folder) throws {
        let url = try Self.make(folder)
        defer { try? FileManager.default.removeItem(at: url) }
        let parsed = try DataSet.load(directory: url)
        let expected = parsed.impostors.all
        #expect(parsed.impostorSearches.value == 1)
        if folder != .generated {
            #expect(expected.contains { $0.via == .name } && expected.contains { if case .link = $0.via { true } else { false } },
                    "clones by name and by link to keep")
        }

        _ = try CompiledData().rebuild(directory: url)
        let opened = try CompiledData().open(directory: url)
        #expect(opened.compiledURL != nil)
        #expect(opened.impostors.all == expected)
        #expect(opened.impostorSearches.value == 0, "read from the file, not searched for")

        for imitation in expected {
            #expect(opened.impostors.imitated(by: imitation.impostor) == parsed.impostors.imitated(by: imitation.impostor))
            let bin = imitation.licensee.bin.number
            #expect(opened.impostors.impostors(of: bin) == parsed.impostors.impostors(of: bin))
            #expect(opened.impostors.impostors(of: bin).contains(imitation))
        }
        // The answers that show them, both ways.
        let writer = AnswerWriter(catalog: try Catalog.bundled(), language: .en)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        func answer(_ data: DataSet, _ input: String) throws -> String {
            String(decoding: try encoder.encode(CheckReport(Checker(data: data).check(input), input: input, writer: writer, isDemo: data.isDemo)), as: UTF8.self)
        }
        let inputs = Set(expected.flatMap { [$0.licensee.bin.digits] + ($0.impostorBIN.map { [$0.digits] } ?? []) })
        for input in inputs.sorted() {
            #expect(try answer(opened, input) == answer(parsed, input))
        }
        #expect(opened.impostorSearches.value == 0)
    }
}
