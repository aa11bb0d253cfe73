import Foundation
import GRDB
import TekserCore

/// The help desk's shift journal: every inquiry, kept in SQLite so that nothing answered is lost.
///
/// Durability: WAL mode with `synchronous = FULL`. Each inquiry is one transaction, and with FULL
/// the WAL is synced to disk at every commit, before `record` returns and the caller sees the
/// answer. NORMAL would survive `kill -9` too, but after a power cut it may drop the last
/// commits, which the desk has already acknowledged; an fsync per inquiry costs little at
/// help-desk rates.
public struct Journal: Sendable {
    public let url: URL
    let database: DatabaseQueue
    let key: IdentifierKey
    /// The desk's clock: days in reports are the days the operators lived.
    let timeZone: TimeZone

    /// How this journal's moments read on the desk's clock.
    public var clock: ClockTime { ClockTime(timeZone: timeZone) }

    /// `$XDG_DATA_HOME/tekser/journal.sqlite`, else `~/.local/share/tekser/journal.sqlite`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.dataHome(environment: environment).appendingPathComponent("tekser/journal.sqlite")
    }

    /// Opens (creating if needed) and proves the journal usable: folder made, schema migrated,
    /// `PRAGMA quick_check` passed, one write committed, key readable and matching.
    ///
    /// Several processes may open one new journal at once (a team's batches at the start of a
    /// shift): creating the file, switching it to WAL, migrating and making the key are done
    /// under an exclusive lock on `<journal>.lock`, so each waits for the one before it.
    public static func open(at url: URL, timeZone: TimeZone = .current) throws(JournalError) -> Journal {
        let path = url.path
        do {
            try PrivateFiles.createFolder(url.deletingLastPathComponent())
        } catch {
            throw .unwritable(path: path, reason: FileFailure(error))
        }
        let opened: Result<Journal, JournalError>
        do {
            opened = try FileLock.withExclusiveLock(on: url.appendingPathExtension("lock")) { () throws(JournalError) in
                try openLocked(at: url, timeZone: timeZone)
            }
        } catch {
            throw .unwritable(path: path, reason: error.reason)
        }
        return try opened.get()
    }

    private static func openLocked(at url: URL, timeZone: TimeZone) throws(JournalError) -> Journal {
        let path = url.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .unwritable(path: path, reason: .isFolder)
        }
        // Readable by its owner only: notes and operator names are personal too. SQLite gives the
        // -wal and -shm files the same mode as the database file.
        if !FileManager.default.fileExists(atPath: path) { try? PrivateFiles.createFile(at: url) }
        let database: DatabaseQueue
        do {
            database = try openDatabase(path: path)
        } catch let error as JournalError {
            throw error
        } catch {
            throw JournalError(error, path: path)
        }
        let key = try IdentifierKey.loadOrCreate(besideJournal: url)
        do {
            try database.write { db in
                let stored = try String.fetchOne(db, sql: "SELECT value FROM journal_meta WHERE key = 'key_fingerprint'")
                guard stored == nil || stored == key.fingerprint else { throw JournalError.keyMismatch(path: key.url.path) }
                // The write test: a read-only file or full disk is found now, not at the first caller.
                try db.execute(sql: "INSERT OR REPLACE INTO journal_meta (key, value) VALUES ('key_fingerprint', ?), ('last_opened', ?)",
                               arguments: [key.fingerprint, String(Int64(Date().timeIntervalSince1970))])
            }
        } catch let error as JournalError {
            throw error
        } catch {
            throw JournalError(error, path: path)
        }
        return Journal(url: url, database: database, key: key, timeZone: timeZone)
    }

    /// Closes the database now (folding the WAL in) rather than at deinit, which a process ended
    /// by a signal never reaches. Any use afterwards throws.
    public func close() throws {
        try database.close()
    }

    private static func openDatabase(path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(10)
        let database = try DatabaseQueue(path: path, configuration: configuration)
        // GRDB's WAL set-up chooses NORMAL; see the type's comment for why FULL.
        try database.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        let migrator = JournalSchema.migrator
        if try database.read(migrator.hasBeenSuperseded) { throw JournalError.newerSchema(path: path) }
        try migrator.migrate(database)
        let check = try database.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
        guard check == ["ok"] else { throw JournalError.corrupt(path: path, detail: check.prefix(3).joined(separator: "; ")) }
        return database
    }

    /// The full `PRAGMA integrity_check`: empty when the file is sound, else SQLite's findings.
    public func integrityProblems() throws(JournalError) -> [Message] {
        let rows = try access { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        return rows == ["ok"] ? [] : rows.map { Message("journal.verify.sqlite", ["finding": .text($0)]) }
    }

    /// Runs a read or write, turning SQLite's failures into `JournalError`.
    func access<T>(write: Bool = false, _ body: (Database) throws -> T) throws(JournalError) -> T {
        do {
            return write ? try database.write(body) : try database.read(body)
        } catch let error as JournalError {
            throw error
        } catch {
            throw JournalError(error, path: url.path)
        }
    }
}
