import Foundation
import GRDB
import TekserCore

/// What the chat remembers of an account between runs, as the real bot does per Telegram
/// account: the language it chose and the checks it has used today.
public struct StoredAccount: Sendable, Equatable {
    public var language: Language
    public var quotaDay: CalendarDate?
    public var quotaUsed: Int

    public init(language: Language, quotaDay: CalendarDate?, quotaUsed: Int) {
        self.language = language
        self.quotaDay = quotaDay
        self.quotaUsed = quotaUsed
    }
}

/// Chat accounts in SQLite (`$XDG_DATA_HOME/tekser/accounts.sqlite`): one row per account.
public struct AccountStore: Sendable {
    let database: DatabaseQueue

    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.dataHome(environment: environment).appendingPathComponent("tekser/accounts.sqlite")
    }

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: accounts") { db in
            try db.create(table: "account") { table in
                table.primaryKey("name", .text)
                table.column("language", .text).notNull()
                table.column("quota_day", .text)
                table.column("quota_used", .integer).notNull().defaults(to: 0)
            }
        }
        return migrator
    }()

    /// Opens (creating, 0600) the accounts; two chats starting at once migrate one after the other.
    public static func open(at url: URL) throws -> AccountStore {
        try PrivateFiles.createFile(at: url)
        return try FileLock.withExclusiveLock(on: url.appendingPathExtension("lock")) { () throws in
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            let database = try DatabaseQueue(path: url.path, configuration: configuration)
            try migrator.migrate(database)
            return AccountStore(database: database)
        }.get()
    }

    /// The account's remembered state, or nil for an account never seen.
    public func load(_ name: String) throws -> StoredAccount? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT language, quota_day, quota_used FROM account WHERE name = ?", arguments: [name]),
                  let language = Language(rawValue: row["language"]) else { return nil }
            let day: String? = row["quota_day"]
            return StoredAccount(language: language, quotaDay: day.flatMap(CalendarDate.init(parsing:)), quotaUsed: row["quota_used"])
        }
    }

    public func save(_ account: StoredAccount, as name: String) throws {
        try database.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO account (name, language, quota_day, quota_used) VALUES (?, ?, ?, ?)",
                arguments: [name, account.language.rawValue, account.quotaDay?.description, account.quotaUsed])
        }
    }
}
