import Foundation
import Synchronization

/// How far building a compiled file has got, for a progress bar: the stage, rows done and
/// expected in it, and when it began. Updated by the workers, read by whoever draws.
public final class BuildProgress: Sendable {
    public enum Stage: String, Sendable {
        /// Parsing and validating the CSV files.
        case reading
        /// Building the name and link indexes.
        case indexing
        /// Writing the compiled file.
        case writing
    }

    /// One look at the progress.
    public struct Snapshot: Sendable, Equatable {
        public var stage: Stage
        /// Rows done in this stage.
        public var done: Int
        /// Rows expected in this stage so far (grows while CSV files are still being parsed).
        public var total: Int
        /// When this stage began (rows per second and time left are the stage's own).
        public var stageStart: Date
    }

    private let state: Mutex<Snapshot>

    /// A build starting `now`, reading the CSV files first.
    public init(now: Date = Date()) {
        state = Mutex(Snapshot(stage: .reading, done: 0, total: 0, stageStart: now))
    }

    /// The progress now, consistent in itself.
    public var snapshot: Snapshot { state.withLock { $0 } }

    func begin(_ stage: Stage, total: Int) {
        state.withLock { $0 = Snapshot(stage: stage, done: 0, total: total, stageStart: Date()) }
    }

    func expect(_ rows: Int) {
        state.withLock { $0.total += rows }
    }

    func advance(_ rows: Int) {
        state.withLock { $0.done += rows }
    }
}
