import Foundation
import GRDB
import TekserStore

/// Entries the server refused for good (a row that breaks a rule of its schema): moved out of
/// the line so that what follows is delivered, and kept here with the server's reason, for
/// `tekser journal verify` to report and an administrator to look at. Nothing is dropped.
extension Outbox {
    /// One entry set aside.
    struct SetAside: Sendable, Hashable {
        let seq: Int64
        let kind: String
        let reason: String
    }

    /// Moves the entry `seq` of `server` out of the line, with the server's reason, in one transaction.
    func setAside(_ seq: Int64, server: String, reason: String) throws(JournalError) {
        try access { db in try Self.moveAside(seq, server: server, reason: reason, in: db) }
    }

    /// Keeps a change the server refused on a direct write aside at once, with its reason, as
    /// the sender would have (it never waits in line); returns its place.
    @discardableResult
    func setAside(_ change: Change, server: String, reason: String) throws(JournalError) -> Int64 {
        let (kind, body) = try encoded(change)
        return try access { db in
            let seq = try Self.insert(kind, body, server: server, into: db)
            try Self.moveAside(seq, server: server, reason: reason, in: db)
            return seq
        }
    }

    /// Whether the inquiry `uuid` was set aside, so a note for it must follow it there.
    func isAside(inquiry uuid: UUID) throws(JournalError) -> Bool {
        try access(write: false) { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM aside WHERE kind = 'insert' AND lower(json_extract(body, '$.uuid')) = lower(?))
                """, arguments: [uuid.uuidString]) ?? false
        }
    }

    private static func moveAside(_ seq: Int64, server: String, reason: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO aside (seq, server, kind, body, reason, set_aside_at)
            SELECT seq, server, kind, body, ?, strftime('%Y-%m-%d %H:%M:%S', 'now') FROM outbox WHERE server = ? AND seq = ?
            """, arguments: [reason, server, seq])
        try db.execute(sql: "DELETE FROM outbox WHERE server = ? AND seq = ?", arguments: [server, seq])
    }

    /// What was set aside for `server`, oldest first.
    func setAside(for server: String) throws(JournalError) -> [SetAside] {
        try access(write: false) { db in
            try Row.fetchAll(db, sql: "SELECT seq, kind, reason FROM aside WHERE server = ? ORDER BY seq", arguments: [server])
                .map { SetAside(seq: $0["seq"], kind: $0["kind"], reason: $0["reason"]) }
        }
    }
}
