import Foundation
import Testing
import TestSupport
@testable import TekserCore

/// The watcher compiles each new version in the background and swaps in its mapped file;
/// a compiled file found damaged in use is rebuilt and swapped the same way.
@Suite struct CompiledReloadTests {
    /// A fixture opened through its compiled file and watched on a manual clock.
    static func watched() throws -> (Fixture, LiveData, DataWatcher, ManualClock) {
        let fixture = try Fixture()
        let clock = ManualClock()
        let live = LiveData(try CompiledData().open(directory: fixture.directory))
        return (fixture, live, DataWatcher(live: live, timing: .init(poll: 0.05, settle: 2), clock: { clock.read() }), clock)
    }

    @Test func aNewVersionIsCompiledAndItsFileSwappedIn() throws {
        let (fixture, live, watcher, clock) = try Self.watched()
        defer { fixture.remove() }
        let before = try #require(live.current.compiledURL)
        try WatchedFolder.licensed(adding: [WatchedFolder.newRow])
            .write(to: fixture.directory.appendingPathComponent("licensed.csv"), atomically: true, encoding: .utf8)
        watcher.poll()
        clock.advance(2.5)
        #expect(watcher.poll()?.kind == .swapped)
        let after = try #require(live.current.compiledURL)
        #expect(after != before, "another fingerprint, another file")
        #expect(live.current.contains(UInt64(Fixture.unknown)!))
        #expect(!FileManager.default.fileExists(atPath: before.path), "the old version's file is removed once replaced")
    }

    @Test func aDamagedFileInUseIsRebuiltAndSwapped() throws {
        let (fixture, live, watcher, clock) = try Self.watched()
        defer { fixture.remove() }
        let data = live.current
        let url = try #require(data.compiledURL)
        let ids = try #require(data.compiled?.sections.first { $0.tag == .ids && $0.source == 0 })
        let handle = try FileHandle(forUpdating: url)
        try handle.seek(toOffset: UInt64(ids.offset + 1))
        try handle.write(contentsOf: [0xEE])
        try handle.close()
        #expect(watcher.poll() == nil, "nothing to do while the damage is unknown")
        #expect(data.contains(UInt64(Fixture.bank)!), "answered from the CSV file")
        #expect(data.isDamaged)
        watcher.poll()
        clock.advance(2.5)
        #expect(watcher.poll()?.kind == .swapped)
        #expect(!live.current.isDamaged)
        #expect(live.current.compiledURL == url)
        #expect(live.current.contains(UInt64(Fixture.bank)!))
    }
}
