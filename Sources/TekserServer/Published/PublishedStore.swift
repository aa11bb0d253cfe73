import Foundation
import PostgresNIO
import TekserCore
import TekserStore

/// The published registry versions on the team's server (`tekser.data_version`, `tekser.data_file`).
///
/// A version is written in one transaction, numbered under an advisory lock so that publishers
/// at once get distinct numbers in order, and announced on `channel` when it commits: a reader
/// never sees half a version, and a running Tekser hears of it at once.
public final class PublishedStore: Sendable {
    /// The LISTEN/NOTIFY channel; the payload is the new version's number.
    public static let channel = "tekser_data"

    public let server: ServerURL
    let link: ServerLink
    /// Deadline for one query; a pull of large files gets `transferTimeout`.
    let timeout: Duration
    let transferTimeout: Duration

    public init(server: ServerURL, password: String?, timeout: Duration = .seconds(5), transferTimeout: Duration = .seconds(120)) {
        self.server = server
        link = ServerLink(server: server, password: password)
        self.timeout = timeout
        self.transferTimeout = transferTimeout
    }

    /// Stores `files` as the next version unless `refusals`, given the newest version's counts
    /// (`nil` when none is published yet), names a reason; then nothing is stored.
    public func publish(_ files: [PublishedFile], sources: [SourceCounts], by publisher: String,
                        refusals: @escaping @Sendable ([SourceCounts]?) -> [RefusalReason]) throws(JournalError) -> PublishOutcome {
        let name = server.description
        return try link.run(timeout: transferTimeout) { connection, logger in
            let summary = String(decoding: try JSONEncoder().encode(sources), as: UTF8.self)
            // The schema in a short transaction of its own: its lock is not held through the
            // upload, so desks opening and heartbeats meanwhile do not wait for it.
            try await TeamSchema.prepareSchema(on: connection, logger: logger, server: name)
            return try await connection.withTransaction(logger: logger) { db in
                try await db.query("SELECT pg_advisory_xact_lock(7290146202)", logger: logger)
                let newest = try await Self.versions(db, logger: logger, where: "ORDER BY version DESC LIMIT 1").first
                let reasons = refusals(newest?.sources)
                guard reasons.isEmpty else { return .refused(against: newest?.number ?? 0, reasons) }
                let number = (newest?.number ?? 0) + 1
                try await db.query("""
                    INSERT INTO tekser.data_version (version, published_by, sources) VALUES (\(number), \(publisher), \(summary)::jsonb)
                    """, logger: logger)
                for file in files {
                    try await db.query("""
                        INSERT INTO tekser.data_file (version, path, sha256, bytes) VALUES (\(number), \(file.path), \(file.sha256), \(file.bytes))
                        """, logger: logger)
                }
                try await db.query("SELECT pg_notify(\(Self.channel), \(String(number)))", logger: logger)
                guard let stored = try await Self.versions(db, logger: logger, where: "WHERE v.version = \(number)").first else {
                    throw JournalError.serverFailed(server: name, detail: "version \(number) not found after insert")
                }
                return .published(stored)
            }
        }
    }

    /// Every committed version, oldest first.
    public func versions() throws(JournalError) -> [DataVersion] {
        let name = server.description
        return try link.run(timeout: timeout) { connection, logger in
            try await connection.withTransaction(logger: logger) { db in
                try await TeamSchema.migrate(db, logger: logger, server: name)
                return try await Self.versions(db, logger: logger, where: "ORDER BY version")
            }
        }
    }

    /// The newest version's number, `nil` when none is published (or no Tekser made the tables yet).
    public func newest() throws(JournalError) -> Int? {
        try link.run(timeout: timeout) { db, logger in
            var newest: Int?
            do {
                for try await (number,) in try await db.query("SELECT max(version) FROM tekser.data_version", logger: logger)
                    .decode((Int?,).self) { newest = number }
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42P01" || error.serverInfo?[.sqlState] == "3F000" {
                return nil  // no such table or schema: nothing published yet
            }
            return newest
        }
    }

    /// The `path → SHA-256` of `version`'s files, without their bytes: to tell whether a cached copy is this version.
    public func digests(of version: Int) throws(JournalError) -> [String: String] {
        try link.run(timeout: timeout) { db, logger in
            var digests: [String: String] = [:]
            for try await (path, sha256) in try await db.query(
                "SELECT path, sha256 FROM tekser.data_file WHERE version = \(version)", logger: logger
            ).decode((String, String).self) { digests[path] = sha256 }
            return digests
        }
    }

    /// The files of `version`, in no particular order.
    public func files(of version: Int) throws(JournalError) -> [PublishedFile] {
        try link.run(timeout: transferTimeout) { db, logger in
            var files: [PublishedFile] = []
            for try await (path, sha256, bytes) in try await db.query(
                "SELECT path, sha256, bytes FROM tekser.data_file WHERE version = \(version)", logger: logger
            ).decode((String, String, Data).self) {
                files.append(PublishedFile(path: path, bytes: bytes, sha256: sha256))
            }
            return files
        }
    }

    /// Closes the connection (the next call makes a new one): a follower closes it after each
    /// poll, so that an instance keeps no idle connection to the server between polls.
    public func close() { link.drop() }

    private static func versions(_ db: PostgresConnection, logger: Logger, where clause: String) async throws -> [DataVersion] {
        let query = PostgresQuery(unsafeSQL: """
            SELECT v.version, extract(epoch FROM v.published_at)::float8, v.published_by, v.sources::text,
                   (SELECT count(*) FROM tekser.data_file f WHERE f.version = v.version)::bigint
            FROM tekser.data_version v \(clause)
            """)
        var found: [DataVersion] = []
        for try await (number, epoch, by, sources, files) in try await db.query(query, logger: logger)
            .decode((Int, Double, String, String, Int).self) {
            found.append(DataVersion(number: number, publishedAt: Date(timeIntervalSince1970: epoch), publishedBy: by,
                                     sources: try JSONDecoder().decode([SourceCounts].self, from: Data(sources.utf8)), files: files))
        }
        return found
    }
}
