import Foundation
import Testing
@testable import TekserCore
import DemoData

/// The compiled file answers exactly as the CSV files it was built from, both ways: every row,
/// every identifier found in either, misses, samples, names and links, on the shipped data and
/// on generated registries of every kind.
@Suite struct CompiledEquivalenceTests {
    enum Folder: String, CaseIterable { case shipped, generated }

    /// A temporary copy of the data (the compiled file is written beside it).
    static func make(_ folder: Folder, rows: Int = 1500) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("compiled-\(folder)-\(UUID().uuidString)")
        switch folder {
        case .shipped:
            try FileManager.default.copyItem(at: DataFolder.url, to: url)
            try? FileManager.default.removeItem(at: url.appendingPathComponent(".tekser-compiled"))
        case .generated:
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: DataFolder.url.appendingPathComponent(TekserCore.Manifest.fileName), to: url.appendingPathComponent(TekserCore.Manifest.fileName))
            for register in RegisterGenerator.Register.allCases {
                let generator = RegisterGenerator(register, seed: 7)
                try generator.write(rows: rows, to: url.appendingPathComponent(generator.fileName))
            }
        }
        return url
    }

    @Test(arguments: Folder.allCases)
    func compiledAnswersAsTheCSVFilesDo(folder: Folder) throws {
        let url = try Self.make(folder)
        defer { try? FileManager.default.removeItem(at: url) }
        let parsed = try DataSet.load(directory: url)
        let compiled = try CompiledData().open(directory: url)
        #expect(parsed.compiledURL == nil)
        #expect(compiled.compiledURL?.deletingLastPathComponent().lastPathComponent == ".tekser-compiled")
        #expect(compiled.reports == parsed.reports)
        #expect(compiled.sources.map(\.rowCount) == parsed.sources.map(\.rowCount))

        var numbers = Set<UInt64>()
        for (a, b) in zip(parsed.sources, compiled.sources) {
            for row in 0 ..< a.rowCount {
                let evidence = try #require(a.evidence(row: row))
                #expect(b.evidence(row: row) == evidence)
                #expect(b.links(row: row) == a.links(row: row))
                for found in [evidence, b.evidence(row: row)] {
                    if let number = found?.details.identifier?.number { numbers.insert(number) }
                }
            }
        }
        #expect(!numbers.isEmpty)
        for number in numbers {
            #expect(compiled.evidence(for: number) == parsed.evidence(for: number))
            #expect(compiled.contains(number) && parsed.contains(number))
            #expect(!compiled.contains(number + 1000) || parsed.contains(number + 1000))
            #expect(compiled.evidence(for: number + 1000) == parsed.evidence(for: number + 1000))
        }
        #expect(try answers(compiled, url) == answers(parsed, url))
    }

    /// Rows encoded in many chunks, written as each chunk's turn comes, read back in file order.
    @Test func rowsWrittenInManySmallChunksAreReadBackInOrder() throws {
        let url = try Self.make(.generated, rows: 700)
        defer { try? FileManager.default.removeItem(at: url) }
        let parsed = try DataSet.load(directory: url)
        let file = url.appendingPathComponent("chunked.tekser")
        try CompiledWriter(data: parsed, key: 7, progress: nil, chunkRows: 3).write(to: file)
        let compiled = try CompiledFile(url: file, key: 7) { Issue.record("damaged: \($0)") }
        let sources = try compiled.sources(parsed.manifest, directory: url)
        for (a, b) in zip(parsed.sources, sources) {
            #expect(b.rowCount == a.rowCount)
            for row in 0 ..< a.rowCount { #expect(b.evidence(row: row) == a.evidence(row: row)) }
        }
    }

    /// Samples, names and links checked through the public API, as JSON reports and name results.
    private func answers(_ data: DataSet, _ url: URL) throws -> [String] {
        let writer = AnswerWriter(catalog: try Catalog.bundled(), language: .ru)
        let checker = Checker(data: data)
        var inputs = (try? Sample.load(for: data).map(\.input)) ?? []
        for source in data.sources where source.summary.kind == .warning {
            for row in stride(from: 0, to: source.rowCount, by: max(1, source.rowCount / 100)) { inputs += source.links(row: row) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var lines = try inputs.map { input in
            String(decoding: try encoder.encode(CheckReport(checker.check(input), input: input, writer: writer, isDemo: data.isDemo)), as: UTF8.self)
        }
        for source in data.sources {
            for row in stride(from: 0, to: source.rowCount, by: max(1, source.rowCount / 25)) {
                guard let name = source.evidence(row: row)?.details.name(in: .ru) else { continue }
                lines += checker.findNames(name).map { "\($0.name) \($0.score) \($0.kind) \($0.evidence.source.id):\($0.evidence.line)" }
            }
        }
        return lines
    }
}
