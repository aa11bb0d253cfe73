import Foundation
import TekserCore

/// What one running instance has loaded, as `tekser data status` reads it.
public struct DataStatus: Codable, Sendable, Equatable {
    public var pid: Int32
    public var mode: String
    public var folder: String
    public var generation: Int
    public var updated: Date
    public var sources: [SourceCounts]
    public var lastRefusal: Refusal?
    /// The compiled data file in use, `nil` when the data was parsed from the CSV files.
    public var compiled: String?
    /// For data from the team's server: which version, and whether the server answered lately.
    public var published: Published?

    /// A refused version: when, and why in the words of the instance's language.
    public struct Refusal: Codable, Sendable, Equatable {
        public var date: Date
        public var reasons: [String]
        /// The published version refused, `nil` for a data folder's.
        public var version: Int?

        public init(date: Date, reasons: [String], version: Int? = nil) {
            self.date = date
            self.reasons = reasons
            self.version = version
        }
    }

    /// The published version in use and its server (named without a password).
    public struct Published: Codable, Sendable, Equatable {
        public var server: String
        public var version: Int?
        /// The server did not answer the last look for a newer version.
        public var serverAway: Bool

        public init(server: String, version: Int?, serverAway: Bool) {
            self.server = server
            self.version = version
            self.serverAway = serverAway
        }
    }

    public init(pid: Int32, mode: String, folder: String, generation: Int, updated: Date, sources: [SourceCounts], lastRefusal: Refusal?,
                compiled: String? = nil, published: Published? = nil) {
        self.compiled = compiled
        self.published = published
        self.pid = pid
        self.mode = mode
        self.folder = folder
        self.generation = generation
        self.updated = updated
        self.sources = sources
        self.lastRefusal = lastRefusal
    }
}

/// `$XDG_STATE_HOME/tekser/data-status.json`: one entry per running instance, each writer
/// replacing its own entry and dropping those of processes that have ended.
public enum DataStatusFile {
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.stateHome(environment: environment).appendingPathComponent("tekser/data-status.json")
    }

    /// The entries of running processes; an unreadable file reads as none.
    public static func read(_ url: URL = defaultURL()) -> [DataStatus] {
        guard let data = try? Data(contentsOf: url),
              let entries = try? decoder.decode([DataStatus].self, from: data) else { return [] }
        return entries.filter { isRunning($0.pid) }
    }

    /// Puts `status` in place of this pid's entry; failures are returned for the log, never fatal.
    public static func write(_ status: DataStatus, to url: URL = defaultURL()) throws {
        try replace(pid: status.pid, with: status, in: url)
    }

    /// Removes the entry of `pid`, when an instance ends.
    public static func remove(pid: Int32, from url: URL = defaultURL()) throws {
        try replace(pid: pid, with: nil, in: url)
    }

    private static func replace(pid: Int32, with status: DataStatus?, in url: URL) throws {
        let others = read(url).filter { $0.pid != pid }
        try PrivateFiles.write(encoder.encode(others + (status.map { [$0] } ?? [])), to: url)
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
