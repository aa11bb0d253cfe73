import Dispatch
import Foundation

/// Work that may wait on the network (the team's server, the published data), run off the
/// loop so the screen keeps answering keys; its results come back as events through `poll`.
/// A class because the background thread hands its results to the loop through it.
public final class BackgroundWork<Event>: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private var finished: [Event] = []
    private let queue: DispatchQueue?

    /// `label` names the queue in a debugger; the work runs one piece at a time, in order.
    public init(label: String) {
        queue = DispatchQueue(label: label)
    }

    private init() { queue = nil }

    /// Runs each piece at once on the caller's thread, its result still handed over by the
    /// next `poll`: for tests that move a manual clock and must know when the result came.
    public static var inline: BackgroundWork { BackgroundWork() }

    /// How often the loop looks for results while work is out: short, since the operator waits.
    public static var pollMilliseconds: Int { 20 }

    /// Runs `work` on the background queue; its event is handed over by the next `poll`.
    public func start(_ work: @escaping @Sendable () -> Event) {
        lock.withLock { running += 1 }
        guard let queue else { return finish(work()) }
        queue.async { [self] in finish(work()) }
    }

    private func finish(_ event: Event) {
        lock.withLock {
            running -= 1
            finished.append(event)
        }
    }

    /// Whether work is out or a result waits: only then must the loop look.
    public var isBusy: Bool { lock.withLock { running > 0 || !finished.isEmpty } }

    /// The results finished since the last call, oldest first.
    public func take() -> [Event] {
        lock.withLock {
            defer { finished = [] }
            return finished
        }
    }

    /// The subscription that brings the results while any work is out; none otherwise.
    public func subscription<ProgramEvent>(_ event: @escaping (Event) -> ProgramEvent) -> [Subscription<ProgramEvent>] {
        guard isBusy else { return [] }
        return [.poll(everyMilliseconds: Self.pollMilliseconds) { [self] in take().map(event) }]
    }
}
