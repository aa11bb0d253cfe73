import Foundation
import GRDB
import TekserCore
import TekserStore

/// Inquiries committed on this machine while the team's server was away, in order, until the
/// sender has delivered them: a local SQLite file (`$XDG_DATA_HOME/tekser/outbox.sqlite`).
///
/// Each entry is one change for one server: an inquiry to insert (already masked and hashed,
/// as the server will hold it), a later note or channel, or a citizen's report. An entry the
/// server refuses for good is set aside (`Outbox+Aside.swift`), never retried forever. Several processes of one user may
/// share the file: each delivers what it finds, and the server takes an inquiry once by UUID.
/// Durable as the journal is: WAL with `synchronous = FULL`, a commit per entry.
final class Outbox: Sendable {
    let url: URL
    private let database: DatabaseQueue

    /// One entry, oldest first by `seq`.
    struct Entry: Sendable {
        let seq: Int64
        let change: Change
    }

    enum Change: Sendable {
        case insert(StoredInquiry)
        case update(uuid: UUID, note: String?, channel: String?)
        case report(ReportRow)
    }

    /// `$XDG_DATA_HOME/tekser/outbox.sqlite`, else `~/.local/share/tekser/outbox.sqlite`.
    static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.dataHome(environment: environment).appendingPathComponent("tekser/outbox.sqlite")
    }

    /// Opens (creating under `<file>.lock`, mode 0600, if needed) and migrates the outbox.
    init(at url: URL) throws(JournalError) {
        self.url = url
        let path = url.path
        do {
            try PrivateFiles.createFolder(url.deletingLastPathComponent())
            database = try FileLock.withExclusiveLock(on: url.appendingPathExtension("lock")) { () throws -> DatabaseQueue in
                if !FileManager.default.fileExists(atPath: path) { try PrivateFiles.createFile(at: url) }
                var configuration = Configuration()
                configuration.journalMode = .wal
                configuration.busyMode = .timeout(10)
                let database = try DatabaseQueue(path: path, configuration: configuration)
                try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
                try Self.migrator.migrate(database)
                return database
            }.get()
        } catch let error as FileLockError {
            throw .unwritable(path: path, reason: error.reason)
        } catch {
            throw .unwritable(path: path, reason: FileFailure(error))
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: outbox") { db in
            try db.execute(sql: """
                CREATE TABLE outbox (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    server TEXT NOT NULL,          -- ServerURL.description: which server it waits for
                    kind TEXT NOT NULL CHECK (kind IN ('insert', 'update')),
                    body TEXT NOT NULL             -- JSON: a StoredInquiry, or {uuid, note, channel}
                );
                CREATE INDEX outbox_by_server ON outbox(server, seq);
                """)
        }
        migrator.registerMigration("v2: reports, entries set aside") { db in
            // SQLite cannot widen a CHECK in place: the table is made again with the same rows.
            try db.execute(sql: """
                CREATE TABLE outbox_v2 (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    server TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'report')),
                    body TEXT NOT NULL             -- JSON: a StoredInquiry, {uuid, note, channel}, or a ReportRow
                );
                INSERT INTO outbox_v2 (seq, server, kind, body) SELECT seq, server, kind, body FROM outbox;
                DROP TABLE outbox;
                ALTER TABLE outbox_v2 RENAME TO outbox;
                CREATE INDEX outbox_by_server ON outbox(server, seq);
                CREATE TABLE aside (
                    seq INTEGER PRIMARY KEY,       -- its place in the outbox's line, kept
                    server TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    body TEXT NOT NULL,
                    reason TEXT NOT NULL,          -- what the server said
                    set_aside_at TEXT NOT NULL
                );
                """)
        }
        return migrator
    }

    private struct Update: Codable {
        let uuid: UUID
        let note: String?
        let channel: String?
    }

    /// Commits one change; returns its place in line.
    @discardableResult
    func append(_ change: Change, server: String) throws(JournalError) -> Int64 {
        let (kind, body) = try encoded(change)
        return try access { db in try Self.insert(kind, body, server: server, into: db) }
    }

    /// The change as the outbox keeps it: its kind and its JSON.
    func encoded(_ change: Change) throws(JournalError) -> (kind: String, body: String) {
        do {
            let data: Data
            let kind: String
            switch change {
            case .insert(let inquiry): (kind, data) = ("insert", try JSONEncoder().encode(inquiry))
            case .update(let uuid, let note, let channel):
                (kind, data) = ("update", try JSONEncoder().encode(Update(uuid: uuid, note: note, channel: channel)))
            case .report(let report): (kind, data) = ("report", try JSONEncoder().encode(report))
            }
            return (kind, String(decoding: data, as: UTF8.self))
        } catch {
            throw .failed(path: url.path, detail: String(describing: error))
        }
    }

    static func insert(_ kind: String, _ body: String, server: String, into db: Database) throws -> Int64 {
        try db.execute(sql: "INSERT INTO outbox (server, kind, body) VALUES (?, ?, ?)", arguments: [server, kind, body])
        return db.lastInsertedRowID
    }

    /// The oldest `limit` entries waiting for `server`.
    func waiting(for server: String, limit: Int) throws(JournalError) -> [Entry] {
        let rows = try access(write: false) { db in
            try Row.fetchAll(db, sql: "SELECT seq, kind, body FROM outbox WHERE server = ? ORDER BY seq LIMIT ?",
                             arguments: [server, limit])
        }
        return rows.compactMap { row in
            let body = Data((row["body"] as String).utf8), kind: String = row["kind"]
            let decoder = JSONDecoder()
            if kind == "insert", let inquiry = try? decoder.decode(StoredInquiry.self, from: body) {
                return Entry(seq: row["seq"], change: .insert(inquiry))
            }
            if kind == "report", let report = try? decoder.decode(ReportRow.self, from: body) {
                return Entry(seq: row["seq"], change: .report(report))
            }
            guard let update = try? decoder.decode(Update.self, from: body) else { return nil }
            return Entry(seq: row["seq"], change: .update(uuid: update.uuid, note: update.note, channel: update.channel))
        }
    }

    /// The inquiry waiting at `seq`, if it is still here.
    func inquiry(seq: Int64) throws(JournalError) -> StoredInquiry? {
        let body = try access(write: false) { db in
            try String.fetchOne(db, sql: "SELECT body FROM outbox WHERE seq = ? AND kind = 'insert'", arguments: [seq])
        }
        return body.flatMap { try? JSONDecoder().decode(StoredInquiry.self, from: Data($0.utf8)) }
    }

    /// Forgets the entries `first...last` of `server`: the server has them.
    func remove(_ seqs: ClosedRange<Int64>, server: String) throws(JournalError) {
        try access { db in
            try db.execute(sql: "DELETE FROM outbox WHERE server = ? AND seq BETWEEN ? AND ?",
                           arguments: [server, seqs.lowerBound, seqs.upperBound])
        }
    }

    /// How many entries wait for `server`, all or up to `seq`.
    func count(for server: String, through seq: Int64 = .max) throws(JournalError) -> Int {
        try access(write: false) { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox WHERE server = ? AND seq <= ?", arguments: [server, seq]) ?? 0
        }
    }

    func access<T>(write: Bool = true, _ body: (Database) throws -> T) throws(JournalError) -> T {
        do {
            return write ? try database.write(body) : try database.read(body)
        } catch {
            throw JournalError(error, path: url.path)
        }
    }
}
