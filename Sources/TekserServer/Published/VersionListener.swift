import Foundation
import PostgresNIO
import Synchronization

/// Hears of a new published version the moment it commits: LISTEN on `PublishedStore.channel`
/// over a connection of its own, made again `retry` after it drops (the server restarting, the
/// network cut). Each notification, and each (re)connection (a version may have come while it
/// was away), calls `onNotice`, which must not block.
final class VersionListener: Sendable {
    private let task = Mutex<Task<Void, Never>?>(nil)

    func start(server: ServerURL, password: String?, retry: Duration, onNotice: @escaping @Sendable () -> Void) {
        let started = Task(executorPreference: ServerExecutor.shared) {
            let logger = Logger(label: "tekser.listen")
            let configuration = ServerLink.configuration(server, password: password, timeout: .seconds(5))
            while !Task.isCancelled {
                if let connection = try? await PostgresConnection.connect(configuration: configuration, id: 2, logger: logger) {
                    _ = try? await connection.listen(on: PublishedStore.channel) { notifications in
                        onNotice()
                        for try await _ in notifications { onNotice() }
                    }
                    try? await connection.close()
                }
                try? await Task.sleep(for: retry)
            }
        }
        task.withLock { $0 = started }
    }

    func stop() {
        task.withLock { $0 }?.cancel()
    }
}
