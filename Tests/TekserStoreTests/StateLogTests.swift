import Foundation
import Testing
import TestSupport
import TekserCore
@testable import TekserStore

@Suite struct StateLogTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func rotatesBySizeAndKeepsTheNewestFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = StateLog(url: folder.appendingPathComponent("tekser/tekser.log"), maxBytes: 200, keep: 2)
        for number in 1...30 { log.write("swapped", "line \(number)") }
        let manager = FileManager.default
        #expect(manager.fileExists(atPath: log.file(1).path))
        #expect(manager.fileExists(atPath: log.file(2).path))
        #expect(!manager.fileExists(atPath: log.file(3).path))
        for number in 0...2 {
            let size = try #require(try manager.attributesOfItem(atPath: log.file(number).path)[.size] as? Int)
            #expect(size <= 200)
        }
        let live = try String(contentsOf: log.url, encoding: .utf8)
        #expect(live.hasSuffix("swapped line 30\n"))
    }

    @Test(arguments: [
        Fixture.personIIN,
        "\(Fixture.personIIN.prefix(6)) \(Fixture.personIIN.dropFirst(6))",
        "\(Fixture.personIIN.prefix(6))-\(Fixture.personIIN.dropFirst(6))",
    ])
    func neverWritesAnIINInClear(_ written: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = StateLog(url: folder.appendingPathComponent("tekser.log"))
        log.write("refused", "afm: row with \(written) rejected;\nBIN \(Fixture.bank) kept")
        let text = try String(contentsOf: log.url, encoding: .utf8)
        #expect(!text.contains(Fixture.personIIN))
        #expect(!text.contains(written))
        #expect(text.contains(Fixture.bank), "a BIN is an organisation's and stays readable")
        #expect(text.split(separator: "\n").count == 1)
    }

    @Test func aLogThatCannotBeWrittenIsIgnored() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let log = StateLog(url: blocker.appendingPathComponent("tekser.log"))
        log.write("error", "still running")
        #expect(!FileManager.default.fileExists(atPath: log.url.path))
    }

    @Test func aRefusedDeletionIsLogged() throws {
        let folder = try temporaryFolder()
        let fixture = try Fixture()
        defer { fixture.remove(); try? FileManager.default.removeItem(at: folder) }
        let log = StateLog(url: folder.appendingPathComponent("tekser.log"))
        let live = LiveData(try fixture.load())
        let catalog = try Catalog.bundled()
        let watcher = DataWatcher(live: live, timing: .init(poll: 0.01, settle: 0), onEvent: { event in
            log.write(event.kind.rawValue, catalog.text(event.message, in: .en))
        })
        try FileManager.default.removeItem(at: fixture.directory)
        watcher.poll()
        #expect(watcher.poll()?.kind == .refused)
        let text = try String(contentsOf: log.url, encoding: .utf8)
        #expect(text.contains(" refused New data refused"))
        #expect(text.contains(fixture.directory.path))
    }

    @Test func statusFileKeepsRunningInstancesOnly() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("data-status.json")
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        func status(_ pid: Int32, generation: Int) -> DataStatus {
            DataStatus(pid: pid, mode: "desk", folder: "/data", generation: generation, updated: Date(timeIntervalSince1970: 0),
                       sources: [], lastRefusal: .init(date: Date(timeIntervalSince1970: 0), reasons: ["shrunk"]))
        }
        let me = ProcessInfo.processInfo.processIdentifier
        try DataStatusFile.write(status(ended.processIdentifier, generation: 1), to: url)
        try DataStatusFile.write(status(me, generation: 1), to: url)
        try DataStatusFile.write(status(me, generation: 2), to: url)
        #expect(DataStatusFile.read(url) == [status(me, generation: 2)])
        try DataStatusFile.remove(pid: me, from: url)
        #expect(DataStatusFile.read(url).isEmpty)
    }
}
