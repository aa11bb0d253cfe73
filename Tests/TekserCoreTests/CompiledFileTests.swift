import Foundation
import Synchronization
import Testing
import TestSupport
@testable import TekserCore

/// A compiled file that is truncated, damaged or of another version is reported in one line
/// and rebuilt; damage found while in use is answered around from the CSV files.
@Suite struct CompiledFileTests {
    /// The fixture, its compiled file, and every problem reported while opening it.
    final class Opened: Sendable {
        let fixture: Fixture
        let problems = Problems()
        var opener: CompiledData {
            let problems = problems
            return CompiledData(onProblem: { problem in problems.list.withLock { $0.append("\(problem)") } })
        }

        init() throws { fixture = try Fixture() }

        func open() throws -> DataSet { try opener.open(directory: fixture.directory) }
        var reported: [String] { problems.list.withLock { $0 } }

        /// Changes the file in place (a damaged disk, a half-copied file).
        func damage(_ url: URL, _ change: (inout [UInt8]) -> Void) throws {
            var bytes = [UInt8](try Data(contentsOf: url))
            change(&bytes)
            try Data(bytes).write(to: url)
        }
    }

    static func expectSameAnswers(_ data: DataSet, as parsed: DataSet) {
        for number in [Fixture.bank, Fixture.investClub, Fixture.personIIN, Fixture.unknown].compactMap({ UInt64($0) }) {
            #expect(data.evidence(for: number) == parsed.evidence(for: number))
        }
    }

    enum Damage: String, CaseIterable {
        case truncated, flippedHeaderByte, wrongVersion, flippedTableByte, flippedMetadataByte, emptyFile
    }

    @Test(arguments: Damage.allCases)
    func aDamagedFileIsReportedAndRebuiltOnOpen(damage: Damage) throws {
        let opened = try Opened()
        defer { opened.fixture.remove() }
        let url = try #require(try opened.open().compiledURL)
        #expect(opened.reported.isEmpty)
        let meta = try #require(CompiledFile(url: url, key: FolderFingerprint.take(opened.fixture.directory).key(directory: opened.fixture.directory), onDamage: { _ in })
            .sections.first { $0.tag == .meta })
        try opened.damage(url) { bytes in
            switch damage {
            case .truncated: bytes.removeLast(bytes.count / 3)
            case .flippedHeaderByte: bytes[20] ^= 0x01
            case .wrongVersion: bytes[8] = 99
            case .flippedTableByte: bytes[CompiledFormat.headerSize + 9] ^= 0x40
            case .flippedMetadataByte: bytes[meta.offset + meta.length / 2] ^= 0x04
            case .emptyFile: bytes = []
            }
        }
        let reopened = try opened.open()
        let expected = switch damage {
        case .truncated, .emptyFile: "truncated"
        case .wrongVersion: "wrongVersion"
        default: "damaged"
        }
        #expect(opened.reported.count == 1)
        #expect(opened.reported.first?.hasPrefix(expected) == true)
        #expect(reopened.compiledURL == url)
        Self.expectSameAnswers(reopened, as: try opened.fixture.load())
        _ = try opened.open()
        #expect(opened.reported.count == 1, "rebuilt: opened again without a problem")
    }

    enum Part: String, CaseIterable { case row, identifierBlock, names, links }

    @Test(arguments: Part.allCases)
    func damageFoundInUseIsAnsweredFromTheCSVFilesAndTheFileRemoved(part: Part) throws {
        let opened = try Opened()
        defer { opened.fixture.remove() }
        let data = try opened.open()
        let url = try #require(data.compiledURL)
        let file = try #require(data.compiled)
        let licensed = 0
        func offset(_ tag: SectionTag, source: Int = 0) throws -> Int {
            try #require(file.sections.first { $0.tag == tag && $0.source == source }).offset
        }
        let bankRow = try #require(data.sources[licensed].rows(matching: UInt64(Fixture.bank)!).first)
        let at: Int
        switch part {
        case .row:
            guard case .compiled(let rows) = data.sources[licensed].store else { Issue.record("not compiled"); return }
            at = try offset(.rowBytes) + Int(rows.starts[bankRow]) + 20
        case .identifierBlock: at = try offset(.ids) + 3
        case .names: at = try offset(.postings) + 1
        case .links: at = try offset(.linkKeyHashes) + 2
        }
        // Written through the same inode, as a failing disk would: the mapping sees the change.
        let handle = try FileHandle(forUpdating: url)
        try handle.seek(toOffset: UInt64(at))
        let byte = try #require(try handle.read(upToCount: 1)).first!
        try handle.seek(toOffset: UInt64(at))
        try handle.write(contentsOf: [byte ^ 0x10])
        try handle.close()

        let parsed = try opened.fixture.load()
        let checker = Checker(data: data), reference = Checker(data: parsed)
        switch part {
        case .row, .identifierBlock: Self.expectSameAnswers(data, as: parsed)
        case .names: #expect(checker.findNames("Тест Банк").map(\.evidence) == reference.findNames("Тест Банк").map(\.evidence))
        case .links:
            let link = try LinkParser.parse("https://t.me/fastincome").get()
            #expect(checker.subjectVerdict(for: link, typed: "").evidence == reference.subjectVerdict(for: link, typed: "").evidence)
        }
        #expect(opened.reported.count == 1)
        #expect(opened.reported.first?.hasPrefix("damaged") == true)
        #expect(data.isDamaged)
        #expect(!FileManager.default.fileExists(atPath: url.path), "removed, so that it is rebuilt")
        let rebuilt = try opened.open()
        #expect(rebuilt.compiledURL == url && !rebuilt.isDamaged)
        Self.expectSameAnswers(rebuilt, as: parsed)
    }

    @Test func readersKeepAnsweringWhileARebuildRuns() async throws {
        let opened = try Opened()
        defer { opened.fixture.remove() }
        let data = try opened.open()
        let parsed = try opened.fixture.load()
        let number = UInt64(Fixture.bank)!
        let expected = parsed.evidence(for: number)
        let opener = opened.opener, directory = opened.fixture.directory
        let done = Done()
        let rebuild = Task.detached {
            defer { done.flag.withLock { $0 = true } }
            return try (0 ..< 5).map { _ in try opener.rebuild(directory: directory).file }
        }
        var answers = 0
        while answers < 200 || !done.flag.withLock({ $0 }) {
            #expect(data.evidence(for: number) == expected)
            answers += 1
            await Task.yield()
        }
        let files = try await rebuild.value
        #expect(files.allSatisfy { $0 == data.compiledURL })
        #expect(data.evidence(for: number) == expected, "the old mapping still answers after the file was replaced")
        #expect(opened.reported.isEmpty)
    }

    final class Done: Sendable { let flag = Mutex(false) }
    final class Problems: Sendable { let list = Mutex<[String]>([]) }

    @Test func compiledFilesAreReadableByTheirOwnerOnly() throws {
        let opened = try Opened()
        defer { opened.fixture.remove() }
        let url = try #require(try opened.open().compiledURL)
        let file = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        let folder = try FileManager.default.attributesOfItem(atPath: url.deletingLastPathComponent().path)[.posixPermissions] as? Int
        #expect(file == 0o600)
        #expect(folder == 0o700)
    }
}

/// Chunks of a compiled file's rows are encoded on all cores and written in turn.
@Suite struct InTurnTests {
    @Test func turnsFinishedInAnyOrderAreTakenInOrder() throws {
        let turns = InTurn([Int]())
        DispatchQueue.concurrentPerform(iterations: 64) { turn in
            usleep(UInt32.random(in: 0 ... 2000))
            turns.take(turn: turn) { $0.append(turn) }
        }
        #expect(try turns.result() == Array(0 ..< 64))
    }

    /// Handed over last to first on one thread, every turn waits for turn 0 and then runs at once.
    @Test func turnsHandedOverInReverseRunWhenTheFirstComes() throws {
        let turns = InTurn([Int]())
        for turn in (0 ..< 8).reversed() {
            turns.take(turn: turn) { $0.append(turn) }
            #expect(try turns.result() == (turn == 0 ? Array(0 ..< 8) : []))
        }
    }

    @Test func theFirstErrorEndsEveryLaterTurn() {
        let turns = InTurn([Int]())
        let failure = CompiledWriteError.cannotWrite(path: "/x", reason: .noSpace)
        let ran = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { turn in
            turns.take(turn: turn) { (taken: inout [Int]) throws(CompiledWriteError) in
                ran.withLock { $0.append(turn) }
                if turn == 5 { throw failure }
                taken.append(turn)
            }
        }
        #expect(throws: failure) { try turns.result() }
        #expect(ran.withLock { $0 } == Array(0 ... 5))
    }
}

/// A compiled file's writer gathers small pieces in its buffer and writes large ones as they are.
@Suite struct FileOutputTests {
    @Test func largePiecesAfterSmallOnesLandInOrder() throws {
        let folder = try ScratchFolder("output")
        defer { folder.remove() }
        let destination = folder.appending("file")
        let pieces: [[UInt8]] = [Array("head".utf8), (0 ..< 9 << 20).map { UInt8(truncatingIfNeeded: $0 * 31) }, [1, 2, 3],
                                 [UInt8](repeating: 7, count: 8 << 20), Array("tail".utf8)]
        let output = try FileOutput(replacing: destination)
        for piece in pieces { try output.append(piece) }
        #expect(output.position == pieces.reduce(0) { $0 + $1.count })
        try output.overwrite(Array("HEAD".utf8), at: 0)
        try output.commit()
        #expect(try Data(contentsOf: destination) == Data(Array("HEAD".utf8) + pieces.dropFirst().joined()))
    }
}
