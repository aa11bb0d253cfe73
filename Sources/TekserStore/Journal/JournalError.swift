import GRDB
import TekserCore

/// Why the journal cannot be used, worded for the operator who has to fix it.
///
/// Open reports these before the first inquiry, so a desk never learns mid-shift that
/// nothing it answered was kept.
public enum JournalError: Error, Sendable, Equatable, Localizable {
    /// The folder cannot be created or the file cannot be opened or written.
    case unwritable(path: String, reason: FileFailure)
    /// The file is not an SQLite database (`detail` nil), or fails its consistency check
    /// (`detail`: SQLite's own finding, quoted as evidence).
    case corrupt(path: String, detail: String?)
    /// Written by a newer tekser whose schema this one does not know.
    case newerSchema(path: String)
    /// The secret key beside the journal cannot be read or created.
    case keyUnusable(path: String, reason: FileFailure)
    /// The key beside the journal is not the one its hashes were made with.
    case keyMismatch(path: String)
    /// Another program holds the journal locked for longer than the wait.
    case busy(path: String)
    /// The disk is full: the inquiry was not recorded.
    case diskFull(path: String)
    /// `update` named an inquiry the journal does not have.
    case noSuchInquiry(InquiryID)
    /// Anything else SQLite reported.
    case failed(path: String, detail: String)
    /// `--server`, `server:` or `$TEKSER_SERVER` is not a `postgresql://` URL Tekser can use.
    /// `problem` is a code: `scheme`, `host`, `port`, `database`, `form`.
    case badServerURL(text: String, problem: String)
    /// The server does not answer: down, a wrong host or port, the network cut.
    case serverUnreachable(server: String, reason: Unreachable)
    /// The server refused the role's login: a wrong or missing password, or no such role.
    case serverLogin(server: String, reason: String)
    /// The server runs but has no such database.
    case serverNoDatabase(server: String, database: String)
    /// The team's journal has a schema newer than this Tekser knows.
    case serverNewerSchema(server: String, version: Int)
    /// The team's journal has hashes, but this desk has no team key to make them with.
    case teamKeyMissing(path: String, server: String)
    /// The server refused a row for good (it breaks a rule of the schema): sending it again
    /// would never help, so the outbox sets it aside.
    case serverRejected(server: String, detail: String)
    /// Anything else the server reported.
    case serverFailed(server: String, detail: String)
    /// The server holds a row this Tekser cannot read (`kind`: inquiry, report, heartbeat).
    case serverUnreadable(server: String, kind: String, id: String)

    public var message: Message {
        switch self {
        case .unwritable(let path, let reason): Message("journal.error.unwritable", ["path": .text(path), "reason": .message(reason.message)])
        case .corrupt(let path, let detail?): Message("journal.error.corrupt", ["path": .text(path), "detail": .text(detail)])
        case .corrupt(let path, nil): Message("journal.error.notJournal", ["path": .text(path)])
        case .newerSchema(let path): Message("journal.error.newerSchema", ["path": .text(path)])
        case .keyUnusable(let path, let reason): Message("journal.error.keyUnusable", ["path": .text(path), "reason": .message(reason.message)])
        case .keyMismatch(let path): Message("journal.error.keyMismatch", ["path": .text(path)])
        case .busy(let path): Message("journal.error.busy", ["path": .text(path)])
        case .diskFull(let path): Message("journal.error.diskFull", ["path": .text(path)])
        case .noSuchInquiry(let id): Message("journal.error.noSuchInquiry", ["id": .text(id.description)])
        case .failed(let path, let detail): Message("journal.error.failed", ["path": .text(path), "detail": .text(detail)])
        case .badServerURL(let text, let problem):
            Message("server.error.url", ["url": .text(text), "reason": .message(Message("server.url.\(problem)"))])
        case .serverUnreachable(let server, let reason): Message("server.error.unreachable", ["server": .text(server), "reason": .message(reason.message)])
        case .serverLogin(let server, let reason): Message("server.error.login", ["server": .text(server), "reason": .text(reason)])
        case .serverNoDatabase(let server, let database):
            Message("server.error.noDatabase", ["server": .text(server), "database": .text(database)])
        case .serverNewerSchema(let server, let version):
            Message("server.error.newerSchema", ["server": .text(server), "version": .number(version)])
        case .teamKeyMissing(let path, let server): Message("server.error.keyMissing", ["path": .text(path), "server": .text(server)])
        case .serverRejected(let server, let detail): Message("server.error.rejected", ["server": .text(server), "detail": .text(detail)])
        case .serverFailed(let server, let detail): Message("server.error.failed", ["server": .text(server), "detail": .text(detail)])
        case .serverUnreadable(let server, let kind, let id): Message("server.error.unreadable.\(kind)", ["server": .text(server), "id": .text(id)])
        }
    }

    /// Sorts an SQLite failure into what the operator can do about it.
    package init(_ error: any Error, path: String) {
        guard let error = error as? DatabaseError else {
            self = .failed(path: path, detail: String(describing: error))
            return
        }
        let detail = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB: self = .corrupt(path: path, detail: nil)
        case .SQLITE_CORRUPT: self = .corrupt(path: path, detail: detail)
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_IOERR:
            // SQLite says that it cannot write, not why: the system says why.
            let unknown: FileFailure = error.resultCode == .SQLITE_IOERR ? .inputOutput : .other(detail)
            self = .unwritable(path: path, reason: FileFailure.probe(writing: path) ?? unknown)
        case .SQLITE_FULL: self = .diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path)
        default: self = .failed(path: path, detail: detail)
        }
    }
}

/// Why a server could not be reached, in words the operator can act on (never the network
/// library's own text, which is English and names its internals).
public enum Unreachable: Sendable, Equatable, Localizable {
    /// Nothing listens at that host and port (connection refused).
    case refused
    /// The host name does not resolve.
    case noSuchHost
    /// No route to the host or its network.
    case noRoute
    /// Nothing came back within this many milliseconds (`nil`: the system's own wait for the host ran out).
    case noAnswer(milliseconds: Int?)
    /// The connection was closed before the server answered.
    case closed
    /// The server is shutting down or starting up.
    case shuttingDown
    /// The connection failed in some other way.
    case failed

    public var message: Message {
        switch self {
        case .refused: Message("server.unreachable.refused")
        case .noSuchHost: Message("server.unreachable.noSuchHost")
        case .noRoute: Message("server.unreachable.noRoute")
        case .noAnswer(nil): Message("server.unreachable.hostSilent")
        case .noAnswer(let milliseconds?) where milliseconds % 1000 == 0:
            Message("server.unreachable.noAnswer", ["seconds": .number(milliseconds / 1000)])
        // In milliseconds, which need no decimal separator (a comma in Russian and Kazakh).
        case .noAnswer(let milliseconds?): Message("server.unreachable.noAnswerMilliseconds", ["milliseconds": .number(milliseconds)])
        case .closed: Message("server.unreachable.closed")
        case .shuttingDown: Message("server.unreachable.shuttingDown")
        case .failed: Message("server.unreachable.failed")
        }
    }
}
