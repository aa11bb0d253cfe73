import Foundation
import PostgresNIO
import TekserStore

/// The team journal's tables on the server, one numbered migration per change; a migration,
/// once shipped, never changes. Everything lives in the schema `tekser`.
///
/// Personal data rule, as in the SQLite journal: no column holds an IIN in clear. The keyed
/// hash needs the team's key file, which every desk holds and the server never sees; the
/// server keeps only the key's fingerprint, so a desk with another key is refused.
enum TeamSchema {
    /// `(version, name, SQL)` in order.
    static let migrations: [(version: Int, name: String, sql: [String])] = [
        (1, "inquiries", [
            """
            CREATE TABLE tekser.inquiry (
                id bigserial PRIMARY KEY,
                uuid uuid NOT NULL UNIQUE,
                recorded_at bigint NOT NULL,
                local_time text NOT NULL,
                "operator" text NOT NULL,
                channel text NOT NULL CHECK (channel IN ('phone', 'walk_in', 'email', 'letter', 'batch')),
                typed text NOT NULL,
                normalised text NOT NULL,
                identifier_kind text CHECK (identifier_kind IN ('bin', 'iin')),
                identifier text,
                subject_key text,
                verdict text NOT NULL,
                problem text,
                name text,
                note text NOT NULL DEFAULT '',
                sources jsonb NOT NULL DEFAULT '[]',
                received_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX inquiry_by_time ON tekser.inquiry (local_time)",
            "CREATE INDEX inquiry_by_subject ON tekser.inquiry (subject_key)",
            #"CREATE INDEX inquiry_by_operator ON tekser.inquiry ("operator", id)"#,
            "CREATE TABLE tekser.journal_meta (key text PRIMARY KEY, value text NOT NULL)",
        ]),
        // Published registries: a version is one row here and its files' bytes in `data_file`,
        // written in one transaction, so a reader never sees half a version. `sources` is the
        // summary `tekser data versions` lists: `[{id, file, rows, as_of}]`.
        (2, "published data", [
            """
            CREATE TABLE tekser.data_version (
                version integer PRIMARY KEY CHECK (version > 0),
                published_at timestamptz NOT NULL DEFAULT now(),
                published_by text NOT NULL,
                sources jsonb NOT NULL
            )
            """,
            """
            CREATE TABLE tekser.data_file (
                version integer NOT NULL REFERENCES tekser.data_version (version),
                path text NOT NULL,
                sha256 text NOT NULL,
                bytes bytea NOT NULL,
                PRIMARY KEY (version, path)
            )
            """,
        ]),
        (3, "fleet and reports", [
            // One row per running Tekser, replaced by each heartbeat: no identifier, no person.
            """
            CREATE TABLE tekser.instance (
                name text PRIMARY KEY,
                mode text NOT NULL CHECK (mode IN ('chat', 'kiosk', 'desk', 'trainer')),
                data_version integer,
                refused_version integer,
                refused_reason text,
                out_of_service boolean NOT NULL,
                running boolean NOT NULL,
                checks_day text NOT NULL,
                checks jsonb NOT NULL DEFAULT '{}',
                last_seen timestamptz NOT NULL
            )
            """,
            // Citizens' reports: the subject (an IIN masked), never the citizen; once per UUID.
            """
            CREATE TABLE tekser.report (
                id bigserial PRIMARY KEY,
                uuid uuid NOT NULL UNIQUE,
                recorded_at bigint NOT NULL,
                local_time text NOT NULL,
                channel text NOT NULL CHECK (channel IN ('chat', 'kiosk', 'plain')),
                subject_kind text NOT NULL CHECK (subject_kind IN ('bin', 'iin', 'link', 'listed')),
                subject text NOT NULL,
                subject_key text NOT NULL,
                verdict text NOT NULL,
                approach text NOT NULL,
                paid text NOT NULL,
                text text NOT NULL CHECK (length(text) <= 500),
                received_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX report_by_time ON tekser.report (local_time)",
        ]),
    ]

    static var latest: Int { migrations.last?.version ?? 0 }

    /// Brings the schema up to date and checks the team key against the server's fingerprint,
    /// in one transaction, so that desks starting together take turns.
    /// A key file is made only for a journal that has none yet.
    static func prepare(on connection: PostgresConnection, logger: Logger, keyURL: URL, server: String) async throws -> IdentifierKey {
        try await connection.withTransaction(logger: logger) { db in
            try await migrate(db, logger: logger, server: server)
            return try await checkKey(db, logger: logger, keyURL: keyURL, server: server)
        }
    }

    /// Only the schema, for what needs no key (a heartbeat, `fleet status`), in its own transaction.
    static func prepareSchema(on connection: PostgresConnection, logger: Logger, server: String) async throws {
        try await connection.withTransaction(logger: logger) { db in try await migrate(db, logger: logger, server: server) }
    }

    /// The first version with the fleet's table (`tekser.instance`).
    static let fleetVersion = 3

    /// The schema's version on the server without changing anything (0 when no Tekser made it
    /// yet), for what only reads or writes rows: a role without CREATE (a kiosk's) can run it,
    /// where `migrate` would be refused before its `IF NOT EXISTS` is even looked at.
    static func version(_ db: PostgresConnection, logger: Logger, server: String) async throws -> Int {
        var current = 0
        do {
            for try await version in try await db.query("SELECT coalesce(max(version), 0) FROM tekser.schema_version", logger: logger)
                .decode(Int.self) { current = version }
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42P01" || error.serverInfo?[.sqlState] == "3F000" {
            return 0  // no such table or schema
        }
        guard current <= latest else { throw JournalError.serverNewerSchema(server: server, version: current) }
        return current
    }

    /// Brings the schema up to date inside the caller's transaction, under an advisory lock, so
    /// that Teksers starting together take turns. What needs no team key (published data) stops here.
    static func migrate(_ db: PostgresConnection, logger: Logger, server: String) async throws {
        try await db.query("SELECT pg_advisory_xact_lock(7290146201)", logger: logger)
        try await db.query("CREATE SCHEMA IF NOT EXISTS tekser", logger: logger)
        try await db.query("""
            CREATE TABLE IF NOT EXISTS tekser.schema_version (
                version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
            """, logger: logger)
        var current = 0
        for try await version in try await db.query("SELECT coalesce(max(version), 0) FROM tekser.schema_version", logger: logger)
            .decode(Int.self) { current = version }
        guard current <= latest else { throw JournalError.serverNewerSchema(server: server, version: current) }
        for migration in migrations where migration.version > current {
            for statement in migration.sql { try await db.query(PostgresQuery(unsafeSQL: statement), logger: logger) }
            try await db.query("INSERT INTO tekser.schema_version (version, name) VALUES (\(migration.version), \(migration.name))",
                               logger: logger)
        }
    }

    /// The key file against the server's fingerprint; a journal with no fingerprint yet takes
    /// this machine's key (made if missing).
    static func checkKey(_ db: PostgresConnection, logger: Logger, keyURL: URL, server: String) async throws -> IdentifierKey {
        var stored: String?
        for try await value in try await db.query("SELECT value FROM tekser.journal_meta WHERE key = 'key_fingerprint'", logger: logger)
            .decode(String.self) { stored = value }
        let key: IdentifierKey
        if let stored {
            guard FileManager.default.fileExists(atPath: keyURL.path) else {
                throw JournalError.teamKeyMissing(path: keyURL.path, server: server)
            }
            key = try IdentifierKey.load(at: keyURL)
            guard key.fingerprint == stored else { throw JournalError.keyMismatch(path: keyURL.path) }
        } else {
            key = try IdentifierKey.loadOrCreate(at: keyURL)
            try await db.query("INSERT INTO tekser.journal_meta (key, value) VALUES ('key_fingerprint', \(key.fingerprint))", logger: logger)
        }
        return key
    }
}
