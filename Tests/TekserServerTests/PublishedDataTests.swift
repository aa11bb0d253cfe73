import Foundation
import Testing
import TekserCore
import TekserStore
import TestSupport
@testable import TekserServer

/// Published registry versions on a real server: stored whole in one transaction, numbered
/// apart when publishers race, refused without a trace, pulled into an owner-only cache, heard
/// of through NOTIFY by a running follower, and answered from the cache while the server is away.
@Suite(.enabled(if: TestServer.shouldRun)) struct PublishedDataTests {
    /// A licensed row that only the second version has.
    static let newcomer = Fixture.validBIN("23014000011")
    static var grownLicensed: String {
        Fixture.licensedCSV + "\(newcomer),ТОО «Новичок»,«Жаңа» ЖШС,Микрофинансовая деятельность,МФО-003,01.09.2026,действующая,\n"
    }

    static func open(_ directory: URL) throws(DataLoadError) -> DataSet { try CompiledData().open(directory: directory) }

    /// Publishes `fixture` as `tekser data publish` does, with the live limits against the newest version.
    static func publish(_ fixture: Fixture, to store: PublishedStore) throws -> PublishOutcome {
        let data = try open(fixture.directory)
        return try store.publish(try PublishedFile.files(in: fixture.directory), sources: data.reports.map(SourceCounts.init),
                                 by: "tekser/test") { newest in
            newest.map { ReloadValidator.refusals(data, current: $0) } ?? ReloadValidator.rejectionRefusals(data)
        }
    }

    /// The verdict on `id` in `data`.
    static func kind(_ id: String, in data: DataSet) -> VerdictKind? {
        if case .verdict(let verdict) = Checker(data: data).check(id) { return verdict.kind }
        return nil
    }

    static func store(_ url: String) throws -> PublishedStore {
        let server = try ServerURL(parsing: url)
        return PublishedStore(server: server, password: server.password())
    }

    /// `fixture` published as version 1 on a fresh database (`url`, `store`), and a follower of
    /// that server asking every `poll` with a cache of its own in `root`; all removed after `body`.
    static func following(_ fixture: Fixture, poll: Duration,
                          _ body: (_ url: String, PublishedStore, _ root: URL, PublishedData) throws -> Void) throws {
        let url = try TestServer.freshDatabase()
        let store = try Self.store(url)
        defer { store.close() }
        _ = try Self.publish(fixture, to: store)
        let root = Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try ServerURL(parsing: url)
        let published = PublishedData(server: server, password: server.password(), cache: PublishedCache(root: root), poll: poll, open: Self.open)
        defer { published.stop() }
        try body(url, store, root, published)
    }

    static func scratchFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("tekser-published-\(UUID().uuidString)")
    }

    @Test func aPublishedVersionIsListedWithItsFilesAndComesBackByteForByte() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try TestServer.freshDatabase()
        let store = try Self.store(url)
        defer { store.close() }
        #expect(try store.versions().isEmpty)
        #expect(try store.newest() == nil)
        guard case .published(let version) = try Self.publish(fixture, to: store) else { Issue.record("refused"); return }
        #expect(version.number == 1 && version.files == 5 && version.publishedBy == "tekser/test")
        #expect(version.sources.map(\.id) == ["licensed", "warning", "afm", "mvd"])
        #expect(version.sources.first?.asOf == CalendarDate(year: 2026, month: 11, day: 1))
        #expect(try store.versions() == [version])
        #expect(try store.newest() == 1)
        let pulled = try store.files(of: 1).sorted { $0.path < $1.path }
        #expect(pulled == (try PublishedFile.files(in: fixture.directory)).sorted { $0.path < $1.path })
        #expect(try TestServer.psql(url, "SELECT count(*) FROM tekser.data_file WHERE version = 1") == "5")
    }

    @Test func theSamplesFileIsPublishedWhenThereIsOne() throws {
        let fixture = try Fixture(manifest: Fixture.manifest.replacingOccurrences(of: "  demo: true", with: "  demo: true\n  samples: samples.yaml"))
        defer { fixture.remove() }
        #expect(try PublishedFile.files(in: fixture.directory).map(\.path) == ["manifest.yaml", "licensed.csv", "warning.csv", "afm.csv", "mvd.csv"])
        try Data("samples: []\n".utf8).write(to: fixture.directory.appendingPathComponent("samples.yaml"))
        #expect(try PublishedFile.files(in: fixture.directory).map(\.path).last == "samples.yaml")
    }

    @Test func publishersAtOnceGetDistinctNumbersInOrder() async throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let url = try TestServer.freshDatabase()
        let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    let store = try Self.store(url)
                    defer { store.close() }
                    guard case .published(let version) = try Self.publish(fixture, to: store) else { return 0 }
                    return version.number
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(numbers.sorted() == Array(1...6))
        #expect(try TestServer.psql(url, "SELECT string_agg(version::text, ',' ORDER BY version) FROM tekser.data_version") == "1,2,3,4,5,6")
        #expect(try TestServer.psql(url, "SELECT count(DISTINCT version) FROM tekser.data_file") == "6")
    }

    @Test func aManifestNamingAFileOutsideItsFolderIsNotPublished() throws {
        let fixture = try Fixture(manifest: Fixture.manifest.replacingOccurrences(of: "file: licensed.csv", with: "file: ../licensed.csv"))
        defer { fixture.remove() }
        let outside = fixture.directory.deletingLastPathComponent().appendingPathComponent("licensed.csv")
        try Fixture.licensedCSV.write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        #expect(throws: DataLoadError.manifest(.unsafeFile(path: fixture.directory.appendingPathComponent("manifest.yaml").path,
                                                            file: "../licensed.csv"))) {
            try PublishedFile.files(in: fixture.directory)
        }
    }

    @Test func aTruncatedRegistryIsRefusedAndLeavesNoVersion() throws {
        let whole = try Fixture()
        defer { whole.remove() }
        let cut = try Fixture.truncated()
        defer { cut.remove() }
        let url = try TestServer.freshDatabase()
        let store = try Self.store(url)
        defer { store.close() }
        _ = try Self.publish(whole, to: store)
        guard case .refused(let newest, let reasons) = try Self.publish(cut, to: store) else {
            Issue.record("a truncated registry was published")
            return
        }
        #expect(newest == 1)
        #expect(reasons.contains { if case .shrunk(source: "licensed", before: 5, _, 20) = $0 { true } else { false } })
        #expect(try store.versions().map(\.number) == [1])
        #expect(try TestServer.psql(url, "SELECT count(*) FROM tekser.data_file") == "5")
    }

    @Test func theCacheKeepsWholeOwnerOnlyVersionsAndRefusesAChangedFile() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let root = Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = PublishedCache(root: root)
        let files = try PublishedFile.files(in: fixture.directory)
        let folder = try cache.store(3, files: files)
        #expect(cache.versions() == [3])
        #expect(try Self.open(folder).reports.map(\.loaded) == (try Self.open(fixture.directory)).reports.map(\.loaded))
        let mode = { (path: String) in ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? 0 }
        #expect(mode(folder.path) == 0o700 && mode(root.path) == 0o700)
        #expect(mode(folder.appendingPathComponent("licensed.csv").path) == 0o600)
        let damaged = files.map { PublishedFile(path: $0.path, bytes: $0.bytes.dropLast(), sha256: $0.sha256) }
        #expect(throws: DataLoadError.self) { try cache.store(4, files: damaged) }
        let escaping = [PublishedFile(path: "../outside.csv", bytes: Data("x".utf8))]
        #expect(throws: DataLoadError.self) { try cache.store(5, files: escaping) }
        #expect(cache.versions() == [3], "no half-written version, nothing left of the refused ones")
        #expect((try FileManager.default.contentsOfDirectory(atPath: root.path)).sorted() == ["3"])
        _ = try cache.store(6, files: files)
        cache.prune(keeping: 6)
        #expect(cache.versions() == [6])
    }

    @Test func aRunningFollowerHearsOfANewVersionThroughNotifyAndSwapsItIn() throws {
        let first = try Fixture()
        defer { first.remove() }
        let grown = try Fixture(licensed: Self.grownLicensed)
        defer { grown.remove() }
        // No polling within the test's time: only the notification can bring version 2.
        try Self.following(first, poll: .seconds(600)) { url, store, root, published in
            let live = LiveData(try published.firstLoad())
            #expect(published.inUse.state == DataState(version: 1))
            #expect(Self.kind(Self.newcomer, in: live.current) == .notFound)
            let events = EventLog()
            published.follow(live, onEvent: events.append, onState: { _ in })
            try waitUntil("the follower to listen") { (try? TestServer.psql(url, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()")) == "1" }
            _ = try Self.publish(grown, to: store)
            try waitUntil("version 2 in use") { published.inUse.state.version == 2 }
            #expect(Self.kind(Self.newcomer, in: live.current) == .licensed)
            #expect(events.kinds == [.swapped])
            #expect(PublishedCache(root: root).versions() == [2], "the last good version is kept, the older one goes")
        }
    }

    @Test func aFollowerRefusesAShrunkVersionAndKeepsTheGoodOne() throws {
        let first = try Fixture()
        defer { first.remove() }
        try Self.following(first, poll: .milliseconds(200)) { _, store, root, published in
            let live = LiveData(try published.firstLoad())
            published.follow(live, onEvent: { _ in }, onState: { _ in })
            // Published past the publisher's own check (as an older Tekser might): the follower must still refuse it.
            let shrunk = try Fixture(licensed: Fixture.csv(Array(Fixture.licensedCSV.split(separator: "\n").prefix(2).map(String.init))))
            defer { shrunk.remove() }
            let data = try Self.open(shrunk.directory)
            _ = try store.publish(try PublishedFile.files(in: shrunk.directory), sources: data.reports.map(SourceCounts.init),
                                  by: "tekser/old") { _ in [] }
            try waitUntil("version 2 refused") { published.inUse.state.refusedVersion == 2 }
            let state = published.inUse.state
            #expect(state.version == 1)
            #expect(state.refusalReasons.contains { if case .shrunk(source: "licensed", before: 5, after: 1, _) = $0 { true } else { false } })
            #expect(live.current.reports.first?.loaded == 5)
            #expect(PublishedCache(root: root).versions() == [1])
        }
    }

    @Test func aCachedVersionOfADatabaseMadeAgainIsNotTakenForTheServersOwn() throws {
        let root = Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try Fixture()
        defer { first.remove() }
        // The same database name and number 1 again, with other data: the bank not licensed.
        let second = try Fixture(licensed: Fixture.licensedCSV.split(separator: "\n").filter { !$0.contains(Fixture.bank) }
            .joined(separator: "\n") + "\n")
        defer { second.remove() }
        var kinds: [VerdictKind?] = []
        for fixture in [first, second] {
            let url = try TestServer.freshDatabase()
            _ = try Self.publish(fixture, to: try Self.store(url))
            let server = try ServerURL(parsing: url)
            let follower = PublishedData(server: server, password: server.password(), cache: PublishedCache(root: root),
                                         poll: .seconds(600), open: Self.open)
            kinds.append(Self.kind(Fixture.bank, in: try follower.firstLoad()))
            follower.stop()
        }
        #expect(kinds[0] == .licensed && kinds[1] != .licensed)
    }

    @Test func withTheServerAwayTheCachedVersionAnswersAndSaysSo() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let root = Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try ServerURL(parsing: cluster.url)
        let store = PublishedStore(server: server, password: server.password())
        _ = try Self.publish(fixture, to: store)
        store.close()
        func follower() -> PublishedData {
            PublishedData(server: server, password: server.password(), cache: PublishedCache(root: root), poll: .seconds(600), open: Self.open)
        }
        let online = follower()
        _ = try online.firstLoad()
        online.stop()
        try cluster.halt()
        let away = follower()
        defer { away.stop() }
        let data = try away.firstLoad()
        #expect(away.inUse.state == DataState(version: 1, serverAway: true))
        #expect(Self.kind(Fixture.bank, in: data) == .licensed)
        // Nothing cached and no server: no data, said as the server's own problem.
        let empty = PublishedData(server: server, password: server.password(), cache: PublishedCache(root: Self.scratchFolder()),
                                  open: Self.open)
        #expect { try empty.firstLoad() } throws: { error in
            if case PublishedDataError.server(.serverUnreachable) = error { return true }
            return false
        }
        #expect(empty.inUse.state.outOfService)
    }
}

/// Reload events heard from the follower's queue.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [ReloadEvent] = []

    func append(_ event: ReloadEvent) { lock.withLock { events.append(event) } }
    var kinds: [ReloadEvent.Kind] { lock.withLock { events.map(\.kind) } }
}

/// Waits for `condition`, failing after `timeout`: what is waited for is the assertion, not the time.
func waitUntil(_ what: String, timeout: TimeInterval = 20, _ condition: () -> Bool) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while !condition() {
        guard Date() < deadline else {
            Issue.record("timed out waiting for \(what)")
            return
        }
        Thread.sleep(forTimeInterval: 0.05)
    }
}
