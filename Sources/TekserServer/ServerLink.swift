import Dispatch
import Foundation
import PostgresNIO
import Synchronization
import TekserStore

/// One connection to the team's server, used from synchronous code (the desk's loop, a batch,
/// the outbox's sender thread) with a deadline on every call.
///
/// A call that fails or overruns its deadline drops the connection, so the next call starts
/// on a fresh one: after a restart of the server, a cut network or a stuck query, nothing
/// waits on a connection that will never answer.
final class ServerLink: Sendable {
    let server: ServerURL
    private let password: String?
    private let connection = Mutex<PostgresConnection?>(nil)
    private let logger = Logger(label: "tekser.server")

    init(server: ServerURL, password: String?) {
        self.server = server
        self.password = password
    }

    deinit { drop() }

    /// Runs `body` on the connection (made first if there is none) and waits at most `timeout`.
    func run<T: Sendable>(
        timeout: Duration, _ body: @escaping @Sendable (PostgresConnection, Logger) async throws -> T
    ) throws(JournalError) -> T {
        let outcome = Outcome<T>()
        let task = Task(executorPreference: ServerExecutor.shared) {
            do {
                let connection = try await self.connected(timeout: timeout)
                outcome.finish(.success(try await body(connection, self.logger)))
            } catch {
                outcome.finish(.failure(error))
            }
        }
        guard let result = outcome.wait(timeout: timeout) else {
            task.cancel()
            drop()
            throw .serverUnreachable(server: server.description, reason: .noAnswer(milliseconds: timeout.milliseconds))
        }
        switch result {
        case .success(let value):
            return value
        case .failure(let error):
            drop()
            throw ServerErrors.journalError(error, server: server)
        }
    }

    /// Closes the connection, if any.
    func drop() {
        let old = connection.withLock { current in
            defer { current = nil }
            return current
        }
        // Kept until closed: postgres-nio wants a connection closed before it goes.
        old?.close().whenComplete { _ in _ = old }
    }

    /// How every connection to `server` is made: no TLS (a team's server on its own network), the deadline to connect.
    static func configuration(_ server: ServerURL, password: String?, timeout: Duration) -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: server.host, port: server.port, username: server.user, password: password, database: server.database, tls: .disable)
        configuration.options.connectTimeout = .milliseconds(Int64(timeout.milliseconds))
        return configuration
    }

    private func connected(timeout: Duration) async throws -> PostgresConnection {
        if let open = connection.withLock({ $0 }), !open.isClosed { return open }
        let made = try await PostgresConnection.connect(configuration: Self.configuration(server, password: password, timeout: timeout),
                                                        id: 1, logger: logger)
        // Two callers may have connected at once: the first one kept is used, the other closed.
        let kept = connection.withLock { current in
            if let open = current, !open.isClosed { return open }
            current = made
            return made
        }
        if kept !== made { made.close().whenComplete { _ in _ = made } }
        return kept
    }
}

/// Where the server calls' async code runs: a serial queue of its own, never Swift's
/// cooperative pool, so that a caller blocking a pool thread while it waits (a test, a task)
/// cannot starve the very work it waits for.
final class ServerExecutor: TaskExecutor {
    static let shared = ServerExecutor()
    private let queue = DispatchQueue(label: "tekser.server")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// A result handed from a task to the thread waiting for it.
private final class Outcome<T: Sendable>: Sendable {
    private let result = Mutex<Result<T, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func finish(_ value: Result<T, any Error>) {
        result.withLock { $0 = value }
        done.signal()
    }

    /// The result, or `nil` when it did not come within `timeout`.
    func wait(timeout: Duration) -> Result<T, any Error>? {
        guard done.wait(timeout: .now() + .milliseconds(timeout.milliseconds)) == .success else { return nil }
        return result.withLock { $0 }
    }
}

extension Duration {
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
