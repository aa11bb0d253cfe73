import GRDB
import TekserCore

/// The journal's tables, one migration per change; a migration, once shipped, never changes.
///
/// Personal data rule: no column ever holds an IIN in clear. `typed`, `normalised`, `identifier`
/// and `note` hold it masked; `subject_key` holds its keyed hash, so repeats can be counted.
enum JournalSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: inquiries and matched sources") { db in
            try db.execute(sql: """
                CREATE TABLE inquiry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    recorded_at INTEGER NOT NULL,      -- milliseconds since 1970, UTC
                    local_time TEXT NOT NULL,          -- 'YYYY-MM-DD HH:MM:SS' on the desk's clock
                    operator TEXT NOT NULL,
                    channel TEXT NOT NULL CHECK (channel IN ('phone', 'walk_in', 'email', 'letter', 'batch')),
                    typed TEXT NOT NULL,
                    normalised TEXT NOT NULL,
                    identifier_kind TEXT CHECK (identifier_kind IN ('bin', 'iin')),
                    identifier TEXT,                   -- BIN digits, or IIN masked
                    subject_key TEXT,                  -- BIN digits, 'iin:' + HMAC-SHA256 hex of the IIN, or 'link:' + the link
                    verdict TEXT NOT NULL,             -- VerdictKind code, or 'invalid'
                    problem TEXT,                      -- IdentifierProblem code when invalid
                    name TEXT,
                    note TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX inquiry_by_time ON inquiry(local_time);
                CREATE INDEX inquiry_by_subject ON inquiry(subject_key);
                CREATE TABLE inquiry_source (
                    inquiry_id INTEGER NOT NULL REFERENCES inquiry(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    source TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    publisher TEXT NOT NULL,
                    as_of TEXT NOT NULL,               -- 'YYYY-MM-DD'
                    PRIMARY KEY (inquiry_id, position)
                ) WITHOUT ROWID;
                CREATE TABLE journal_meta (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2: IINs masked to their last four digits") { db in
            // v1 kept the first four digits too (`6401••••0017`): with the check digit they give
            // the person's birth year and month and leave few candidates.
            let old = /\d{4}••••(\d{4})/
            for column in ["typed", "normalised", "identifier", "note"] {
                let rows = try Row.fetchAll(db, sql: "SELECT id, \(column) AS value FROM inquiry WHERE \(column) LIKE '%••••%'")
                for row in rows {
                    guard let value: String = row["value"] else { continue }
                    let masked = value.replacing(old) { PersonalData.maskedNumber($0.output.1) }
                    try db.execute(sql: "UPDATE inquiry SET \(column) = ? WHERE id = ?", arguments: [masked, row["id"]])
                }
            }
        }
        migrator.registerMigration("v3: every inquiry carries a UUID") { db in
            // The name an inquiry keeps on its way through an outbox to the team's server.
            try db.execute(sql: """
                ALTER TABLE inquiry ADD COLUMN uuid TEXT;
                CREATE UNIQUE INDEX inquiry_by_uuid ON inquiry(uuid);
                """)
        }
        migrator.registerMigration("v4: citizens' reports") { db in
            // No account, login or operator: a report never says who made it.
            try db.execute(sql: """
                CREATE TABLE report (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    recorded_at INTEGER NOT NULL,      -- milliseconds since 1970, UTC
                    local_time TEXT NOT NULL,          -- 'YYYY-MM-DD HH:MM:SS' on the machine's clock
                    channel TEXT NOT NULL CHECK (channel IN ('chat', 'kiosk', 'plain')),
                    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('bin', 'iin', 'link', 'listed')),
                    subject TEXT NOT NULL,             -- BIN digits, IIN masked, link normalised, or listed subject's name
                    subject_key TEXT NOT NULL,         -- as inquiry.subject_key; 'row:' + source + ':' + line for a listed subject
                    verdict TEXT NOT NULL,             -- VerdictKind code shown to the citizen
                    approach TEXT NOT NULL,
                    paid TEXT NOT NULL,
                    text TEXT NOT NULL DEFAULT ''      -- capped, IINs masked
                );
                CREATE INDEX report_by_time ON report(local_time);
                CREATE INDEX report_by_subject ON report(subject_key);
                """)
        }
        return migrator
    }
}
