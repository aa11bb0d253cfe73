import Dispatch
import Foundation
import PostgresNIO
import Synchronization
import TekserStore

/// What one running Tekser tells the fleet in each heartbeat: its name and mode, the data it
/// answers from, what it refused, whether it is out of service, today's checks by verdict.
/// No identifier and nothing about a person: counts and states only.
public struct InstanceBeat: Sendable, Hashable, Codable {
    public var name: String
    /// `chat`, `kiosk`, `desk` or `trainer`.
    public var mode: String
    /// The published version in use; `nil` when the data is a local folder.
    public var dataVersion: Int?
    /// The last version this instance refused, and why (in its operator's words).
    public var refusedVersion: Int?
    public var refusedReason: String?
    public var outOfService: Bool
    /// False in the heartbeat sent at a clean exit.
    public var running: Bool
    /// `YYYY-MM-DD` on the instance's clock: the day `checks` counts.
    public var checksDay: String
    /// Verdict code → checks answered today.
    public var checks: [String: Int]

    public init(name: String, mode: String, dataVersion: Int?, refusedVersion: Int?, refusedReason: String?, outOfService: Bool,
                running: Bool = true, checksDay: String, checks: [String: Int]) {
        self.name = name
        self.mode = mode
        self.dataVersion = dataVersion
        self.refusedVersion = refusedVersion
        self.refusedReason = refusedReason
        self.outOfService = outOfService
        self.running = running
        self.checksDay = checksDay
        self.checks = checks
    }

    enum CodingKeys: String, CodingKey {
        case name, mode, checks, running
        case dataVersion = "data_version", refusedVersion = "refused_version", refusedReason = "refused_reason"
        case outOfService = "out_of_service", checksDay = "checks_day"
    }

    /// `host/mode`: the default `--instance`. The host name as the machine knows it
    /// (`gethostname`), never a name service lookup that could wait on the network.
    public static func defaultName(mode: String) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        let host = gethostname(&buffer, buffer.count) == 0 ? buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) } : ""
        return "\(host.split(separator: ".").first.map(String.init) ?? "tekser")/\(mode)"
    }
}

/// Sends `beat()` to the team's server every `interval` (30 s), at start and once more at a
/// clean exit, from a thread of its own on a connection of its own, closed after each beat
/// (an idle connection per instance would fill the server's `max_connections`): the screen never waits
/// for it. A server that is away costs one failed connection per beat, then the beat is
/// skipped; the next one tries again. Beats wait for a journal or a publish to make the schema.
public final class Heartbeat: Sendable {
    private let link: ServerLink
    private let interval: Duration
    private let beat: @Sendable () -> InstanceBeat
    private let stopping = Mutex(false)
    private let schemaReady = Mutex(false)
    private let wakeUp = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    /// The longest one beat may take; a beat is never waited for by the screen.
    static let timeout = Duration.seconds(5)

    public init(server: ServerURL, password: String?, interval: Duration = .seconds(30), beat: @escaping @Sendable () -> InstanceBeat) {
        link = ServerLink(server: server, password: password)
        self.interval = interval
        self.beat = beat
    }

    /// Starts beating at once.
    public func start() {
        let thread = Thread { [self] in
            while !stopping.withLock({ $0 }) {
                _ = try? send(beat(), timeout: Self.timeout)
                link.drop()
                _ = wakeUp.wait(timeout: .now() + .milliseconds(interval.milliseconds))
            }
            finished.signal()
        }
        thread.name = "tekser heartbeat"
        thread.start()
    }

    /// Stops the beats and sends the last one (`running` false), waiting for it at most `timeout`.
    public func stop(timeout: Duration = .seconds(1)) {
        stopping.withLock { $0 = true }
        wakeUp.signal()
        _ = finished.wait(timeout: .now() + .milliseconds(timeout.milliseconds))
        var last = beat()
        last.running = false
        _ = try? send(last, timeout: timeout)
        link.drop()
    }

    /// One beat, now, on the caller's thread; throws when the server does not take it.
    public func send(_ beat: InstanceBeat, timeout: Duration) throws(JournalError) {
        guard let encoded = try? JSONEncoder().encode(beat) else { throw .serverFailed(server: link.server.description, detail: "heartbeat") }
        let json = String(decoding: encoded, as: UTF8.self)
        let name = link.server.description
        let needsSchema = !schemaReady.withLock { $0 }
        try link.run(timeout: timeout) { db, logger in
            // The schema is made by a journal's opening or a publish; a beat only checks it is there.
            if needsSchema, try await TeamSchema.version(db, logger: logger, server: name) < TeamSchema.fleetVersion {
                throw JournalError.serverFailed(server: name, detail: "no tekser.instance table yet")
            }
            try await db.query(PostgresQuery(unsafeSQL: """
                INSERT INTO tekser.instance (name, mode, data_version, refused_version, refused_reason, out_of_service, running,
                                             checks_day, checks, last_seen)
                SELECT name, mode, data_version, refused_version, refused_reason, out_of_service, running, checks_day,
                       coalesce(checks, '{}'), now()
                FROM jsonb_populate_record(NULL::tekser.instance, $1::jsonb)
                ON CONFLICT (name) DO UPDATE SET mode = EXCLUDED.mode, data_version = EXCLUDED.data_version,
                    refused_version = EXCLUDED.refused_version, refused_reason = EXCLUDED.refused_reason,
                    out_of_service = EXCLUDED.out_of_service, running = EXCLUDED.running, checks_day = EXCLUDED.checks_day,
                    checks = EXCLUDED.checks, last_seen = now()
                """, binds: TeamQueries.bindings(json)), logger: logger)
        }
        schemaReady.withLock { $0 = true }
    }
}
