import Dispatch
import Foundation
import PostgresNIO
import Synchronization
import TekserStore

/// Delivers the outbox to the server in the background, oldest first, in batches: each batch
/// in one transaction, removed from the outbox only once the server has committed it. An
/// inquiry delivered twice (a crash between commit and removal, two processes sharing the
/// outbox, a direct write that timed out but landed) is stored once: inserts go by UUID.
final class OutboxSender: Sendable {
    private let outbox: Outbox
    private let link: ServerLink
    private let state = Mutex(State())
    private let wakeUp = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    /// Entries per delivery; one statement inserts a run of them.
    static let batchSize = 500

    private struct State {
        var stopping = false
        /// The last delivery failed: the server is away until one succeeds.
        var isAway = false
    }

    var server: String { link.server.description }

    init(outbox: Outbox, link: ServerLink) {
        self.outbox = outbox
        self.link = link
    }

    /// Starts the sender thread; whatever an earlier run left in the outbox goes first.
    func start() {
        let thread = Thread { [self] in
            run()
            link.drop()
            finished.signal()
        }
        thread.name = "tekser outbox sender"
        thread.start()
    }

    /// Something new is waiting: deliver without waiting for the next round.
    func wake() { wakeUp.signal() }

    /// Whether the last delivery failed (the server is away).
    var isAway: Bool {
        get { state.withLock { $0.isAway } }
        set { state.withLock { $0.isAway = newValue } }
    }

    /// Stops after the delivery in progress (waiting for it at most `timeout`).
    func stop(timeout: Duration = .seconds(3)) {
        state.withLock { $0.stopping = true }
        wakeUp.signal()
        _ = finished.wait(timeout: .now() + .milliseconds(timeout.milliseconds))
    }

    private var stopping: Bool { state.withLock { $0.stopping } }

    private func run() {
        var pause = Duration.milliseconds(100)
        while !stopping {
            let batch = (try? outbox.waiting(for: server, limit: Self.batchSize)) ?? []
            guard let first = batch.first?.seq, let last = batch.last?.seq else {
                _ = wakeUp.wait(timeout: .now() + .seconds(1))
                continue
            }
            do {
                try link.run(timeout: .seconds(15)) { db, logger in try await Self.deliver(batch, on: db, logger: logger) }
                try outbox.remove(first...last, server: server)
                isAway = false
                pause = .milliseconds(100)
            } catch {
                isAway = true
                _ = wakeUp.wait(timeout: .now() + .milliseconds(pause.milliseconds))
                pause = min(pause * 2, .seconds(2))
            }
        }
    }

    /// One transaction: each run of inserts as one statement, updates one by one, in order.
    private static func deliver(_ batch: [Outbox.Entry], on db: PostgresConnection, logger: Logger) async throws {
        try await db.withTransaction(logger: logger) { db in
            var run: [StoredInquiry] = []
            for entry in batch {
                switch entry.change {
                case .insert(let inquiry):
                    run.append(inquiry)
                case .update(let uuid, let note, let channel):
                    if !run.isEmpty { _ = try await TeamQueries.insert(run, on: db, logger: logger) }
                    run = []
                    _ = try await TeamQueries.update(uuid: uuid, note: note, channel: channel, on: db, logger: logger)
                }
            }
            if !run.isEmpty { _ = try await TeamQueries.insert(run, on: db, logger: logger) }
        }
    }
}
