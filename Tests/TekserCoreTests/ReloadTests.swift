import Foundation
import Testing
import TestSupport
@testable import TekserCore

/// A clock the test moves by hand, so settle intervals pass without sleeping.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now = Date(timeIntervalSince1970: 1_800_000_000)
    func read() -> Date { lock.withLock { now } }
    func advance(_ seconds: TimeInterval) { lock.withLock { now += seconds } }
}

/// A fixture folder watched with a settle interval of 2 s on a manual clock.
struct WatchedFolder {
    let fixture: Fixture
    let live: LiveData
    let watcher: DataWatcher
    let clock: ManualClock

    init() throws {
        fixture = try Fixture()
        live = LiveData(try fixture.load())
        let clock = ManualClock()
        self.clock = clock
        watcher = DataWatcher(live: live, timing: .init(poll: 0.05, settle: 2), clock: { clock.read() })
    }

    func write(_ file: String, _ text: String) throws {
        try text.write(to: fixture.directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }

    /// Polls, lets the settle interval pass, polls again: what a quiet folder leads to.
    func settle() -> ReloadEvent? {
        watcher.poll()
        clock.advance(2.5)
        return watcher.poll()
    }

    static func licensed(adding extra: [String] = [], keeping count: Int = 6) -> String {
        let lines = Fixture.licensedCSV.split(separator: "\n").map(String.init)
        return Fixture.csv(Array(lines.prefix(count)) + extra)
    }

    static let newRow = "\(Fixture.unknown),ТОО «Новая МФО»,«Жаңа МҚҰ» ЖШС,Микрофинансовая деятельность,МФО-003,01.11.2026,действующая,"
}

@Suite struct ReloadTests {
    @Test func aGoodNewFileIsSwappedIn() throws {
        let folder = try WatchedFolder()
        defer { folder.fixture.remove() }
        let number = try #require(UInt64(Fixture.unknown))
        #expect(!folder.live.current.contains(number))
        try folder.write("licensed.csv", WatchedFolder.licensed(adding: [WatchedFolder.newRow]))
        let event = try #require(folder.settle())
        #expect(event.kind == .swapped)
        #expect(folder.live.generation == 2)
        #expect(folder.live.current.contains(number))
        #expect(event.counts.first { $0.id == "licensed" }?.loaded == 6)
    }

    @Test func nothingHappensWhileTheFolderIsUnchanged() throws {
        let folder = try WatchedFolder()
        defer { folder.fixture.remove() }
        #expect(folder.settle() == nil)
        #expect(folder.live.generation == 1)
    }

    @Test func tooManyRejectedRowsAreRefusedAndTheOldDataKeepsAnswering() throws {
        let folder = try WatchedFolder()
        defer { folder.fixture.remove() }
        try folder.write("licensed.csv", WatchedFolder.licensed(adding: ["123,broken row"]))
        let event = try #require(folder.settle())
        #expect(event.kind == .refused)
        #expect(event.reasons == [.tooManyRejected(source: "licensed", rejected: 1, read: 6, limitPercent: 1)])
        #expect(folder.live.generation == 1)
        #expect(Checker(data: folder.live.current).data.contains(try #require(UInt64(Fixture.bank))))
        // Not tried again until the files change once more.
        #expect(folder.settle() == nil)
        try folder.write("licensed.csv", WatchedFolder.licensed(adding: [WatchedFolder.newRow]))
        #expect(folder.settle()?.kind == .swapped)
    }

    @Test func aShrunkFileIsRefused() throws {
        let folder = try WatchedFolder()
        defer { folder.fixture.remove() }
        try folder.write("licensed.csv", WatchedFolder.licensed(keeping: 3))
        let event = try #require(folder.settle())
        #expect(event.reasons == [.shrunk(source: "licensed", before: 5, after: 2, limitPercent: 20)])
        #expect(folder.live.current.reports.first?.loaded == 5)
    }

    @Test func aManifestThatDropsASourceIsRefused() throws {
        let folder = try WatchedFolder()
        defer { folder.fixture.remove() }
        let manifest = try String(contentsOf: folder.fixture.directory.appendingPathComponent("manifest.yaml"), encoding: .utf8)
        let withoutMVD = try #require(manifest.components(separatedBy: "  - id: mvd").first)
        try folder.write("manifest.yaml", withoutMVD)
        let event = try #require(folder.settle())
        let mvdRows = try #require(folder.live.current.reports.first { $0.source.id == "mvd" }?.loaded)
        #expect(event.reasons.contains(.shrunk(source: "mvd", before: mvdRows, after: 0, limitPercent: 0)))
        #expect(folder.live.current.sources.map(\.summary.id).contains("mvd"))
    }

    @Test func aHalfWrittenFileIsLoadedOnlyWhenComplete() throws {
        let folder = try WatchedFolder()
        defer { folder.fixture.remove() }
        let url = folder.fixture.directory.appendingPathComponent("licensed.csv")
        let whole = Data(WatchedFolder.licensed(adding: [WatchedFolder.newRow]).utf8)
        try whole.prefix(whole.count / 2).write(to: url)
        #expect(folder.watcher.poll() == nil)
        folder.clock.advance(1)
        #expect(folder.watcher.poll() == nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: whole.suffix(from: whole.count / 2))
        try handle.close()
        folder.clock.advance(1.5)
        #expect(folder.watcher.poll() == nil, "the wait starts again when the file grows")
        folder.clock.advance(1)
        #expect(folder.watcher.poll() == nil)
        folder.clock.advance(1.5)
        let event = try #require(folder.watcher.poll())
        #expect(event.kind == .swapped)
        #expect(event.counts.first?.loaded == 6)
    }

    @Test(arguments: ["afm.csv", "manifest.yaml", ""])
    func aDeletedFileOrFolderIsRefused(_ name: String) throws {
        let heard = Heard()
        let fixture = try Fixture()
        defer { fixture.remove() }
        let live = LiveData(try fixture.load())
        let clock = ManualClock()
        let watcher = DataWatcher(live: live, timing: .init(poll: 0.05, settle: 2), clock: { clock.read() }, onEvent: { heard.add($0) })
        try FileManager.default.removeItem(at: fixture.directory.appendingPathComponent(name))
        watcher.poll()
        clock.advance(3)
        let event = try #require(watcher.poll())
        guard case .loadFailed? = event.reasons.first else { Issue.record("not a load failure: \(event.reasons)"); return }
        #expect(heard.events == [event])
        #expect(live.lastRefusal == event)
        #expect(live.current.contains(try #require(UInt64(Fixture.afmOnly))))
    }

    @Test func theBackgroundWatcherSwapsWithinAFewPolls() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let live = LiveData(try fixture.load())
        let watcher = DataWatcher(live: live, timing: .init(poll: 0.05, settle: 0.2))
        watcher.start()
        defer { watcher.stop() }
        try WatchedFolder.licensed(adding: [WatchedFolder.newRow])
            .write(to: fixture.directory.appendingPathComponent("licensed.csv"), atomically: true, encoding: .utf8)
        for _ in 0..<60 where live.generation == 1 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(live.generation == 2)
    }

    @Test func aFollowerSeesEachChangeOnce() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let data = try fixture.load()
        let live = LiveData(data)
        var follower = LiveDataFollower(live)
        #expect(follower.changes().data == nil)
        live.refuse([.shrunk(source: "licensed", before: 5, after: 1, limitPercent: 20)], counts: [], at: Date())
        let refused = follower.changes()
        #expect(refused.data == nil && refused.events.map(\.kind) == [.refused])
        live.swap(to: data, at: Date())
        let swapped = follower.changes()
        #expect(swapped.data != nil && swapped.events.map(\.kind) == [.swapped])
        #expect(follower.changes().events.isEmpty)
    }

    @Test(arguments: [
        ("", "", 20.0),
        ("  max_shrink_percent: 50\n", "", 50),
        ("  max_shrink_percent: 50\n", "    max_shrink_percent: 5\n", 5),
    ])
    func shrinkLimitComesFromTheManifest(dataset: String, source: String, expected: Double) throws {
        let text = Fixture.manifest
            .replacingOccurrences(of: "  demo: true\n", with: "  demo: true\n" + dataset)
            .replacingOccurrences(of: "    file: licensed.csv\n", with: "    file: licensed.csv\n" + source)
        let manifest = try Manifest.parse(text, path: "manifest.yaml")
        #expect(manifest.sources[0].maxShrinkPercent == expected)
    }
}

/// Events heard by a watcher's callback.
final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [ReloadEvent] = []
    func add(_ event: ReloadEvent) { lock.withLock { list.append(event) } }
    var events: [ReloadEvent] { lock.withLock { list } }
}
