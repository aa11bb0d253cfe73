import Foundation
import PostgresNIO
import TekserStore

/// One instance as `tekser fleet status` shows it: its last heartbeat and how it stands.
public struct FleetInstance: Sendable, Hashable {
    public let beat: InstanceBeat
    public let lastSeen: Date
    /// Seconds from the last heartbeat to the moment asked about.
    public let secondsSilent: Int
    /// Published versions newer than the one in use; `nil` when it answers from a local folder.
    public let versionsBehind: Int?

    /// Silent for over `FleetStatus.silentAfter` without saying goodbye: stuck, cut off or crashed.
    public var isSilent: Bool { beat.running && Double(secondsSilent) > FleetStatus.silentAfter }
}

/// The fleet as the server knows it: every instance that ever sent a heartbeat, and the newest
/// published version to measure them against.
public struct FleetStatus: Sendable {
    /// An instance beats every 30 s: four missed beats is silence.
    public static let silentAfter: TimeInterval = 120

    public let instances: [FleetInstance]
    /// The newest published version (`tekser.data_version`), `nil` when none is published.
    public let newestVersion: Int?

    /// Reads the fleet (none on a server where no journal or publish made the schema yet). `now`,
    /// when given, is the moment silence is measured to (tests); else the server's clock, which the beats also use.
    public static func read(server: ServerURL, password: String?, now: Date? = nil) throws(JournalError) -> FleetStatus {
        let link = ServerLink(server: server, password: password)
        defer { link.drop() }
        let name = server.description
        let (rows, versions, serverNow) = try link.run(timeout: .seconds(10)) { db, logger in
            var rows: [(String, Double)] = [], versions: [Int] = [], serverNow = 0.0
            // Reads only (a kiosk's role may not create): a schema not made yet has no fleet.
            guard try await TeamSchema.version(db, logger: logger, server: name) >= TeamSchema.fleetVersion else {
                return (rows, versions, Date().timeIntervalSince1970)
            }
            for try await row in try await db.query(
                "SELECT to_jsonb(i)::text, extract(epoch FROM last_seen)::float8 FROM tekser.instance i ORDER BY name",
                logger: logger).decode((String, Double).self) { rows.append(row) }
            // Published registries come with migration 2; a server without them has no versions.
            for try await (exists,) in try await db.query("SELECT to_regclass('tekser.data_version') IS NOT NULL", logger: logger)
                .decode((Bool,).self) where exists {
                for try await (version,) in try await db.query("SELECT version FROM tekser.data_version", logger: logger)
                    .decode((Int,).self) { versions.append(version) }
            }
            for try await (epoch,) in try await db.query("SELECT extract(epoch FROM now())::float8", logger: logger)
                .decode((Double,).self) { serverNow = epoch }
            return (rows, versions, serverNow)
        }
        let moment = now ?? Date(timeIntervalSince1970: serverNow)
        let instances = try rows.map { json, seen throws(JournalError) -> FleetInstance in
            guard let beat = try? JSONDecoder().decode(InstanceBeat.self, from: Data(json.utf8)) else {
                throw .serverUnreadable(server: name, kind: "heartbeat", id: json.prefix(80).description)
            }
            let lastSeen = Date(timeIntervalSince1970: seen)
            return FleetInstance(beat: beat, lastSeen: lastSeen, secondsSilent: max(0, Int(moment.timeIntervalSince(lastSeen))),
                                 versionsBehind: beat.dataVersion.map { mine in versions.count { $0 > mine } })
        }
        return FleetStatus(instances: instances, newestVersion: versions.max())
    }
}
