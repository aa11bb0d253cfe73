import Foundation

/// Watches the data folder of a `LiveData` and swaps in each new version that passes
/// `ReloadValidator`. A change is loaded only once the files have stayed the same for the
/// settle interval, so an export still being copied is never read as a shorter registry;
/// a refused version is not tried again until the files change once more.
public final class DataWatcher: @unchecked Sendable {
    /// How often to look and how long files must stay unchanged; injectable so tests run fast.
    public struct Timing: Sendable {
        public var poll: TimeInterval
        public var settle: TimeInterval

        public init(poll: TimeInterval = 1, settle: TimeInterval = 3) {
            self.poll = poll
            self.settle = settle
        }
    }

    public let live: LiveData
    public let timing: Timing
    private let directory: URL
    private let clock: @Sendable () -> Date
    private let onEvent: @Sendable (ReloadEvent) -> Void
    private let open: @Sendable (URL) throws(DataLoadError) -> DataSet
    private let lock = NSLock()
    private var inUse: FolderFingerprint
    private var refused: FolderFingerprint?
    private var pending: (print: FolderFingerprint, since: Date)?
    private var timer: DispatchSourceTimer?

    /// `onEvent` hears every swap and refusal (for the log and the status file), on the watcher's queue.
    /// `open` loads a new version: by default `CompiledData().open`, which builds its compiled file
    /// here in the background, so the swap itself only maps the new file.
    public init(live: LiveData, timing: Timing = Timing(), clock: @escaping @Sendable () -> Date = Date.init,
                open: @escaping @Sendable (URL) throws(DataLoadError) -> DataSet = { directory throws(DataLoadError) in
                    try CompiledData().open(directory: directory)
                },
                onEvent: @escaping @Sendable (ReloadEvent) -> Void = { _ in }) {
        self.live = live
        self.open = open
        self.timing = timing
        self.clock = clock
        self.onEvent = onEvent
        directory = live.current.directory
        inUse = FolderFingerprint.take(directory)
    }

    /// Polls every `timing.poll` seconds on a background queue until `stop()`.
    public func start() {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "tekser.data-watcher"))
        timer.schedule(deadline: .now() + timing.poll, repeating: timing.poll)
        timer.setEventHandler { [weak self] in self?.poll() }
        lock.withLock { self.timer = timer }
        timer.resume()
    }

    public func stop() {
        lock.withLock { timer }?.cancel()
    }

    /// Looks at the folder once: starts or continues the settle wait, or loads and decides.
    /// Data whose compiled file was found damaged is loaded again (and so rebuilt) like a change.
    /// Returns the event recorded, if this look led to one.
    @discardableResult
    public func poll() -> ReloadEvent? {
        lock.withLock {
            let print = FolderFingerprint.take(directory)
            if (print == inUse && !live.current.isDamaged) || print == refused {
                pending = nil
                return nil
            }
            guard let waiting = pending, waiting.print == print else {
                pending = (print, clock())
                return nil
            }
            guard clock().timeIntervalSince(waiting.since) >= timing.settle else { return nil }
            pending = nil
            return load(print)
        }
    }

    private func load(_ print: FolderFingerprint) -> ReloadEvent? {
        let outcome = Result { () throws(DataLoadError) in try open(directory) }
        let after = FolderFingerprint.take(directory)
        guard after == print else {
            // Changed while loading: wait for it to settle again.
            pending = (after, clock())
            return nil
        }
        let event = live.offer(outcome, at: clock())
        if event.kind == .swapped {
            inUse = print
            refused = nil
        } else {
            refused = print
        }
        onEvent(event)
        return event
    }
}
