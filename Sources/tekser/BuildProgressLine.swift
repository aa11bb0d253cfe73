import Foundation
import TekserCore

/// Draws a compiled-data build's progress on standard error, one line redrawn in place, once
/// the build has taken over a second (a terminal only: a log or a pipe gets nothing).
final class BuildProgressLine: @unchecked Sendable {
    private let progress: BuildProgress
    private let catalog: Catalog
    private let language: Language
    private let queue = DispatchQueue(label: "tekser.build-progress")
    private lazy var timer = DispatchSource.makeTimerSource(queue: queue)
    private var drawn = false

    static let delay: TimeInterval = 1

    /// Starts drawing `progress`; the returned closure stops and clears the line.
    static func start(_ progress: BuildProgress, catalog: Catalog, language: Language) -> @Sendable () -> Void {
        guard isatty(STDERR_FILENO) == 1 else { return {} }
        let line = BuildProgressLine(progress: progress, catalog: catalog, language: language)
        line.timer.schedule(deadline: .now() + delay, repeating: 0.25)
        line.timer.setEventHandler { line.draw() }
        line.timer.resume()
        return { line.finish() }
    }

    private init(progress: BuildProgress, catalog: Catalog, language: Language) {
        self.progress = progress
        self.catalog = catalog
        self.language = language
    }

    private func draw() {
        StandardStreams.writeError("\r\u{1B}[K" + Self.text(progress.snapshot, now: Date(), catalog: catalog, language: language))
        drawn = true
    }

    /// Runs on the timer's queue, so no drawing is under way.
    private func finish() {
        queue.sync {
            timer.cancel()
            if drawn { StandardStreams.writeError("\r\u{1B}[K") }
        }
    }

    /// The line for one snapshot: rows of the stage, rows per second, seconds left in the stage.
    static func text(_ snapshot: BuildProgress.Snapshot, now: Date, catalog: Catalog, language: Language) -> String {
        let elapsed = max(now.timeIntervalSince(snapshot.stageStart), 0.001)
        let rate = Double(snapshot.done) / elapsed
        let total = max(snapshot.total, snapshot.done)
        let left = rate > 0 ? Int((Double(total - snapshot.done) / rate).rounded(.up)) : 0
        return catalog.text(Message("compiled.progress", [
            "done": .number(snapshot.done), "total": .number(total), "rate": .number(Int(rate)), "left": .number(left),
            "stage": .message(Message("compiled.stage.\(snapshot.stage.rawValue)")),
        ]), in: language)
    }
}
