import Foundation
import TekserStore

/// The team's server as `--server`, `server:` or `$TEKSER_SERVER` names it:
/// `postgresql://USER[:PASSWORD]@HOST[:PORT][/DATABASE]`.
///
/// The password may come from the URL, `$PGPASSWORD` or the password file (`$PGPASSFILE`, else
/// `~/.pgpass`), as with PostgreSQL's own tools; it is never part of `description`, which is
/// what every message shows.
public struct ServerURL: Sendable, Hashable, CustomStringConvertible {
    public let user: String
    public let host: String
    public let port: Int
    public let database: String
    /// The password the URL itself carries, if any.
    let urlPassword: String?

    /// Parses a setting; a wrong one is a `JournalError.badServerURL` naming what is wrong.
    /// `environment` gives the default user (`$PGUSER`, else `$USER`) when the URL names none.
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(JournalError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        func fail(_ problem: String) -> JournalError { .badServerURL(text: Self.redacted(trimmed), problem: problem) }
        guard trimmed.lowercased().hasPrefix("postgresql://") else { throw fail("scheme") }
        guard let parts = URLComponents(string: trimmed) else {
            throw fail(Self.hasBadPort(trimmed) ? "port" : "form")
        }
        guard let host = parts.host, !host.isEmpty else { throw fail("host") }
        let port = parts.port ?? 5432
        guard (1...65_535).contains(port) else { throw fail("port") }
        let user = parts.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = String(parts.path.drop { $0 == "/" })
        guard !path.contains("/") else { throw fail("database") }
        self.user = user
        self.host = host
        self.port = port
        self.database = path.isEmpty ? user : path
        urlPassword = parts.password
    }

    /// `postgresql://user@host:port/database`: the server as messages name it, no password.
    public var description: String { "postgresql://\(user)@\(host):\(port)/\(database)" }

    /// The password to log in with: the URL's, else `$PGPASSWORD`, else the first matching line
    /// of the password file (skipped, as libpq does, when others may read it).
    public func password(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let urlPassword { return urlPassword }
        if let password = environment["PGPASSWORD"] { return password }
        let file = environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
        guard let file, let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        var info = stat()
        guard stat(file, &info) == 0, info.st_mode & 0o077 == 0 else { return nil }
        return PasswordFile.password(in: text, for: self)
    }

    /// The text with any password replaced by `***`, for an error message about the URL itself.
    static func redacted(_ text: String) -> String {
        text.replacing(/(\/\/[^\/@:]*):[^\/@]*@/) { "\($0.output.1):***@" }
    }

    /// Whether the part after the host looks like a port that is not a number.
    private static func hasBadPort(_ text: String) -> Bool {
        text.contains(/\/\/(?:[^\/@]*@)?[^\/:@]+:(?:[^\/]*[^0-9\/][^\/]*)(?:\/|$)/)
    }
}

/// The lines of a PostgreSQL password file: `host:port:database:user:password`, `*` matching
/// anything, `\:` and `\\` escaping, `#` starting a comment.
enum PasswordFile {
    static func password(in text: String, for server: ServerURL) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(of: line)
            guard fields.count == 5 else { continue }
            let wanted = [server.host, String(server.port), server.database, server.user]
            if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    private static func fields(of line: Substring) -> [String] {
        var fields = [""], escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
