import Dispatch
import Foundation
import PostgresNIO
import Synchronization
import TekserStore

/// Delivers the outbox to the server in the background, oldest first, in batches: each batch
/// in one transaction, removed from the outbox only once the server has committed it. An
/// inquiry delivered twice (a crash between commit and removal, two processes sharing the
/// outbox, a direct write that timed out but landed) is stored once: inserts go by UUID.
///
/// A batch the server refuses for good (`serverRejected`) is sent again one entry at a time:
/// the entries it refuses are set aside with its reason and the rest delivered, so one bad
/// row never holds up the line. While the server is away and nothing waits, the sender asks
/// it every few seconds whether it is back (preparing the schema first for a journal opened
/// while it was away), so reads resume without waiting for the next inquiry.
final class OutboxSender: Sendable {
    private let outbox: Outbox
    private let link: ServerLink
    private let state = Mutex(State())
    private let wakeUp = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    /// Entries per delivery; one statement inserts a run of them.
    static let batchSize = 500

    /// What must run on the server before anything is delivered (the schema, the team key).
    typealias Preparation = @Sendable (PostgresConnection, Logger) async throws -> Void

    private struct State {
        var stopping = false
        /// Why the last delivery (or direct write) failed: the server is away until one succeeds.
        var failure: JournalError?
        /// Still to run once the server answers; `nil` when done.
        var preparation: Preparation?
    }

    var server: String { link.server.description }

    /// `preparation`: for a journal opened while the server was away (`awayBecause` what it said then).
    init(outbox: Outbox, link: ServerLink, preparation: Preparation? = nil, awayBecause failure: JournalError? = nil) {
        self.outbox = outbox
        self.link = link
        state.withLock {
            $0.preparation = preparation
            $0.failure = failure
        }
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
    var isAway: Bool { failure != nil }

    /// Why the server is away, as the last failed delivery or direct write found; `nil` while it is there.
    var failure: JournalError? { state.withLock { $0.failure } }

    /// A direct write found the server away: deliveries wait for the sender to reach it again.
    func failed(_ error: JournalError) { state.withLock { $0.failure = error } }

    /// Why the server, though it answers, takes nothing from this machine (a key that does not
    /// match, a newer schema): waiting will not cure it, someone must act. `nil` while it does, or is away.
    var problem: JournalError? {
        guard let failure, case .serverUnreachable = failure else { return failure }
        return nil
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
            if batch.isEmpty && !isAway {
                // Nothing to deliver: no idle connection held meanwhile (the next delivery makes one).
                link.drop()
                _ = wakeUp.wait(timeout: .now() + .seconds(1))
                continue
            }
            do {
                try deliver(batch)
                state.withLock { $0.failure = nil }
                pause = .milliseconds(100)
            } catch {
                failed(error)
                _ = wakeUp.wait(timeout: .now() + .milliseconds(pause.milliseconds))
                pause = min(pause * 2, .seconds(2))
            }
        }
    }

    /// Delivers `batch` (an empty one only asks whether the server is there), setting aside
    /// what the server refuses for good.
    private func deliver(_ batch: [Outbox.Entry]) throws(JournalError) {
        let preparation = state.withLock { $0.preparation }
        let orphans: [Outbox.Entry]
        do {
            orphans = try link.run(timeout: .seconds(15)) { db, logger in
                try await preparation?(db, logger)
                return try await Self.deliver(batch, on: db, logger: logger)
            }
        } catch .serverRejected where batch.count > 1 {
            state.withLock { $0.preparation = nil }
            for entry in batch { try deliver([entry]) }
            return
        } catch .serverRejected(_, let detail) {
            state.withLock { $0.preparation = nil }
            try outbox.setAside(batch[0].seq, server: server, reason: detail)
            return
        }
        state.withLock { $0.preparation = nil }
        for entry in orphans {
            guard case .update(let uuid, _, _) = entry.change else { continue }
            try outbox.setAside(entry.seq, server: server, reason: Self.noInquiryReason(uuid))
        }
        if let first = batch.first?.seq, let last = batch.last?.seq { try outbox.remove(first...last, server: server) }
    }

    /// Why a note or channel is set aside: its inquiry is not on the server (it was set aside itself).
    static func noInquiryReason(_ uuid: UUID) -> String { "inquiry \(uuid) is not on the server" }

    /// One transaction: each run of inserts as one statement, updates and reports one by one, in
    /// order. Returns the updates whose inquiry the server does not have, to be set aside.
    private static func deliver(_ batch: [Outbox.Entry], on db: PostgresConnection, logger: Logger) async throws -> [Outbox.Entry] {
        guard !batch.isEmpty else {
            try await db.query("SELECT 1", logger: logger)
            return []
        }
        return try await db.withTransaction(logger: logger) { db in
            var orphans: [Outbox.Entry] = []
            var run: [StoredInquiry] = []
            func flush() async throws {
                if !run.isEmpty { _ = try await TeamQueries.insert(run, on: db, logger: logger) }
                run = []
            }
            for entry in batch {
                switch entry.change {
                case .insert(let inquiry):
                    run.append(inquiry)
                case .update(let uuid, let note, let channel):
                    try await flush()
                    if try await !TeamQueries.update(uuid: uuid, note: note, channel: channel, on: db, logger: logger) { orphans.append(entry) }
                case .report(let report):
                    try await flush()
                    _ = try await TeamQueries.insert(report, on: db, logger: logger)
                }
            }
            try await flush()
            return orphans
        }
    }
}
