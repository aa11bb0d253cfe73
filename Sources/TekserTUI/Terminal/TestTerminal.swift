import Foundation

/// An in-memory terminal: events come from a script, drawings are kept for assertions, and
/// waiting moves a `ManualClock` instead of sleeping, so the real runtime runs in tests.
public final class TestTerminal: Terminal {
    /// One entry of the script.
    public enum Step {
        case input(InputEvent)
        /// Keys that arrive in one read, as a burst does: the runtime draws once after them all.
        case inputs([InputEvent])
        /// Nothing is typed for this many seconds: each wait the runtime asks for passes on the
        /// clock (an endless one passes them all) and reports a timeout, until they are used up.
        case idle(seconds: Double)
        /// Runs `action` (break a journal, read the screen) when the script reaches it.
        case run(() -> Void)
        case signal(TerminationSignal)
    }

    public private(set) var size: Size
    public let capabilities: TerminalCapabilities
    /// What is still to come, first first. Once it is empty the terminal reports `.closed`.
    public var script: [Step]
    public let clock: ManualClock
    /// What the screen shows now.
    public private(set) var screen: Grid
    public private(set) var cursor: Point?
    /// The runs sent by each draw, oldest first: what a real terminal would have been sent.
    public private(set) var sentRuns: [[GridRun]] = []
    /// Every timeout the runtime waited with, oldest first (-1: for ever).
    public private(set) var timeouts: [Int] = []
    /// Text written in line mode.
    public private(set) var written = ""
    public private(set) var restoreCount = 0
    public private(set) var suspendCount = 0
    /// False keeps no `sentRuns` or `timeouts`, for soaks of thousands of frames.
    public var keepsHistory = true
    private var forgotten = false
    /// The rest of an `.inputs` step.
    private var pending: [InputEvent] = []

    public init(size: Size = Size(width: 80, height: 24), steps: [Step] = [], clock: ManualClock = ManualClock(),
                capabilities: TerminalCapabilities = TerminalCapabilities(colors: .extended, unicode: true, mouse: true)) {
        self.size = size
        script = steps
        self.clock = clock
        self.capabilities = capabilities
        screen = Grid(size: size)
    }

    /// A script of keys only.
    public convenience init(size: Size = Size(width: 80, height: 24), script: [InputEvent], clock: ManualClock = ManualClock()) {
        self.init(size: size, steps: script.map(Step.input), clock: clock)
    }

    /// The grid last drawn, as text rows.
    public var lines: [String] { screen.lines }

    /// True when the script has nothing left that the runtime could read.
    public var isIdle: Bool { script.isEmpty && pending.isEmpty }

    public var hasPendingInput: Bool { !pending.isEmpty }

    public func draw(_ grid: Grid, cursor: Point?) {
        if keepsHistory { sentRuns.append(grid.diff(from: forgotten ? Grid(size: .zero) : screen)) }
        forgotten = false
        screen = grid
        self.cursor = cursor
    }

    public func repaint() { forgotten = true }

    public func write(_ text: String) { written += text }

    /// The next scripted event; a scripted resize also changes `size`, as a real one would.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        if keepsHistory { timeouts.append(timeoutMilliseconds) }
        if !pending.isEmpty { return input(pending.removeFirst()) }
        while let step = script.first {
            switch step {
            case .run(let action):
                script.removeFirst()
                action()
            case .input(let event):
                script.removeFirst()
                return input(event)
            case .inputs(let events):
                script.removeFirst()
                guard let first = events.first else { continue }
                pending = Array(events.dropFirst())
                return input(first)
            case .signal(let signal):
                script.removeFirst()
                return .signal(signal)
            case .idle(let seconds):
                let passing = timeoutMilliseconds < 0 ? seconds : min(seconds, Double(timeoutMilliseconds) / 1000)
                clock.advance(by: passing)
                if seconds - passing <= 0 { script.removeFirst() } else { script[0] = .idle(seconds: seconds - passing) }
                return .timeout
            }
        }
        return .closed
    }

    private func input(_ event: InputEvent) -> TerminalEvent {
        if case .resize(let newSize) = event { size = newSize }
        return .input(event)
    }

    public func suspend() { suspendCount += 1 }

    public func restore() { restoreCount += 1 }
}

/// A clock that moves only when told: the runtime's `now` in tests and in headless playback.
public final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_582_800)) {
        current = start
    }

    public var now: Date { lock.withLock { current } }

    public func advance(by seconds: Double) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }

    /// `now` as the closure the runtime reads.
    public var read: @Sendable () -> Date { { [self] in now } }
}
