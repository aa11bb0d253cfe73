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
        try access { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO aside (seq, server, kind, body, reason, set_aside_at)
                SELECT seq, server, kind, body, ?, strftime('%Y-%m-%d %H:%M:%S', 'now') FROM outbox WHERE server = ? AND seq = ?
                """, arguments: [reason, server, seq])
            try db.execute(sql: "DELETE FROM outbox WHERE server = ? AND seq = ?", arguments: [server, seq])
        }
    }

    /// What was set aside for `server`, oldest first.
    func setAside(for server: String) throws(JournalError) -> [SetAside] {
        try access(write: false) { db in
            try Row.fetchAll(db, sql: "SELECT seq, kind, reason FROM aside WHERE server = ? ORDER BY seq", arguments: [server])
                .map { SetAside(seq: $0["seq"], kind: $0["kind"], reason: $0["reason"]) }
        }
    }
}
