import Foundation

/// The throwaway PostgreSQL cluster that `scripts/with-postgres` starts for the suite
/// (`scripts/test` does): its URL in `$TEKSER_TEST_SERVER`, its programs in `$TEKSER_TEST_PGBIN`.
///
/// Tests that need a server are enabled when the URL is there, or when `scripts/test` demands
/// one (`TEKSER_TEST_REQUIRE_SERVER=1`): then a missing server fails them, with `Missing`'s text.
public enum TestServer {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// For `.enabled(if:)`: a plain `swift test` without a cluster skips these tests, visibly.
    public static var shouldRun: Bool { environment["TEKSER_TEST_SERVER"] != nil || environment["TEKSER_TEST_REQUIRE_SERVER"] == "1" }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            "TEKSER_TEST_SERVER is not set: run the suite under scripts/with-postgres (scripts/test does), e.g. scripts/with-postgres swift test"
        }
    }

    /// The cluster's URL (with the role's password in it).
    public static func url() throws -> String {
        guard let url = environment["TEKSER_TEST_SERVER"], !url.isEmpty else { throw Missing() }
        return url
    }

    /// A new empty database on the cluster, for one test: its URL.
    public static func freshDatabase() throws -> String {
        let base = try url()
        let name = "t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        _ = try psql(base, "CREATE DATABASE \(name)")
        return base.replacing(/\/[^\/]*$/) { _ in "/" + name }
    }

    /// Runs one SQL statement with the cluster's `psql`; returns its unaligned output.
    @discardableResult
    public static func psql(_ url: String, _ sql: String) throws -> String {
        try run(program("psql"), [url, "-v", "ON_ERROR_STOP=1", "-Atqc", sql])
    }

    static func program(_ name: String) throws -> String {
        guard let bin = environment["TEKSER_TEST_PGBIN"] else { throw Missing() }
        return bin + "/" + name
    }

    /// Runs a program to its end (public for tests that run a tool of their own, e.g. python3 on a file). Its output goes to files, not pipes: a server it starts keeps
    /// whatever it inherits open, and a pipe would then never reach its end.
    public static func run(_ path: String, _ arguments: [String]) throws -> String {
        let scratch = try ScratchFolder("run")
        defer { scratch.remove() }
        let folder = scratch.url
        let outURL = folder.appendingPathComponent("out"), errURL = folder.appendingPathComponent("err")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        let out = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw Failed(command: ([path] + arguments).joined(separator: " "), output: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        }
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public struct Failed: Error, CustomStringConvertible {
        let command: String
        let output: String
        public var description: String { "\(command) failed: \(output)" }
    }
}

/// A cluster of a test's own, which the test may stop and start again (the server restarting
/// under a batch) without disturbing the tests that share the suite's cluster.
public final class OwnCluster: Sendable {
    public let folder: URL
    public let url: String

    /// Starts it with `scripts/with-postgres --fast --start`, in a new temporary folder.
    public init() throws {
        _ = try TestServer.url()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tekser-own-pg-\(UUID().uuidString.prefix(8))")
        url = try TestServer.run(Self.script, ["--fast", "--start", folder.path]).split(separator: "\n").last.map(String.init) ?? ""
    }

    /// Stops the server (fast shutdown: connections are cut), keeping its data.
    public func halt() throws { _ = try TestServer.run(Self.script, ["--halt", folder.path]) }

    /// Starts the halted server again on the same port.
    public func restart() throws { _ = try TestServer.run(Self.script, ["--restart", folder.path]) }

    /// Stops it for good and removes its folder.
    public func remove() { _ = try? TestServer.run(Self.script, ["--stop", folder.path]) }

    static var script: String {
        var root = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) { root.deleteLastPathComponent() }
        return root.appendingPathComponent("scripts/with-postgres").path
    }
}
