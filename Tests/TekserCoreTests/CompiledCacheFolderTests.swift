import Foundation
import Testing
import TestSupport
@testable import TekserCore

/// A data folder Tekser cannot write to (a shared or mounted export) gets its compiled file in
/// `$XDG_CACHE_HOME/tekser/compiled/`, and the next start opens it from there.
///
/// Tests may run as root, for whom a mode of 0555 does not stop writes; the folder is then made
/// immutable (`chattr +i`), which stops root too. If neither works the test fails rather than
/// pass without having tried.
@Suite struct CompiledCacheFolderTests {
    /// Makes `folder` unwritable for this process; returns how to undo it.
    static func makeUnwritable(_ folder: URL) throws -> () -> Void {
        chmod(folder.path, 0o555)
        if access(folder.path, W_OK) != 0 { return { chmod(folder.path, 0o755) } }
        let immutable = Process()
        immutable.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        immutable.arguments = ["chattr", "+i", folder.path]
        immutable.standardError = FileHandle.nullDevice
        try immutable.run()
        immutable.waitUntilExit()
        let undo = {
            let mutable = Process()
            mutable.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            mutable.arguments = ["chattr", "-i", folder.path]
            try? mutable.run()
            mutable.waitUntilExit()
            chmod(folder.path, 0o755)
        }
        guard access(folder.path, W_OK) != 0 else {
            undo()
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: "cannot make \(folder.path) unwritable (root without chattr +i)"])
        }
        return undo
    }

    @Test func aReadOnlyDataFolderIsCompiledIntoTheCache() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let writable = try Self.makeUnwritable(fixture.directory)
        defer { writable() }
        // The unwritable folder really refuses a new entry, so the decision below is the real one.
        #expect(mkdir(fixture.directory.appendingPathComponent("probe").path, 0o700) != 0)

        let builds = Counter()
        let opener = CompiledData(environment: ["XDG_CACHE_HOME": cache.path], onBuild: { _ in builds.add(); return {} })
        let data = try opener.open(directory: fixture.directory)
        let url = try #require(data.compiledURL)
        let folder = cache.appendingPathComponent("tekser/compiled", isDirectory: true).standardizedFileURL
        #expect(url.deletingLastPathComponent().standardizedFileURL == folder)
        #expect(url.lastPathComponent.hasSuffix(".tekser") && !url.lastPathComponent.hasPrefix("data-"), "named by the data folder's path hash")
        #expect(!FileManager.default.fileExists(atPath: fixture.directory.appendingPathComponent(CompiledStore.folderName).path))
        #expect(try Self.mode(url) == 0o600)
        #expect(try Self.mode(folder) == 0o700)
        #expect(builds.value == 1)
        CompiledFileTests.expectSameAnswers(data, as: try fixture.load())

        let reopened = try opener.open(directory: fixture.directory)
        #expect(reopened.compiledURL == url)
        #expect(builds.value == 1, "opened from the cache, not built again")
    }

    static func mode(_ url: URL) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) & 0o777
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
