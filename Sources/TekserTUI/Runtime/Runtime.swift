import Foundation

/// The one loop every mode runs in (bubbletea's `Program`): it draws, waits for the terminal,
/// a timer or a subscription, hands the events to `update`, carries out the commands, and
/// on the way out, however it goes, gives the terminal back once.
public struct Runtime<P: Program> {
    public private(set) var program: P
    public let terminal: any Terminal
    private let clock: () -> Date
    private var queue: [P.Event] = []
    private var timers: [(deadline: Date, event: P.Event)] = []
    private var started = false
    private var stopped = false
    /// Set by `.quit`, a signal or a closed terminal.
    public private(set) var isFinished = false
    /// The signal under `.notify` that ended the loop, if one did: the caller dies of it once
    /// everything is closed (`SignalGuard.end(like:)`), as the shell expects.
    public private(set) var endingSignal: TerminationSignal?

    /// `clock` is injectable so tests (with `TestTerminal` and a `ManualClock`) control time.
    public init(_ program: P, terminal: any Terminal, clock: @escaping () -> Date = Date.init) {
        self.program = program
        self.terminal = terminal
        self.clock = clock
    }

    /// Runs until the program quits, a signal under `.notify` comes or the terminal closes;
    /// then `shutdown`. Returns the program as it ended, for whoever needs its outcome.
    @discardableResult
    public mutating func run() -> P {
        defer { shutdown() }
        start()
        while !isFinished { turn() }
        return program
    }

    /// Runs the program's `start` commands, once.
    public mutating func start() {
        guard !started else { return }
        started = true
        perform(program.start(now: clock()))
    }

    /// An event from outside, handled at the next turn (bubbletea's `Program.Send`).
    public mutating func send(_ event: P.Event) {
        queue.append(event)
    }

    /// One turn: `settle`, then `waitForNext`.
    public mutating func turn() {
        settle()
        waitForNext()
    }

    /// The subscriptions' polls, every waiting event, then a frame: the screen shows it all.
    public mutating func settle() {
        for case .poll(_, let poll) in program.subscriptions(now: clock()) { queue += poll() }
        drain()
        guard !isFinished else { return }
        draw()
    }

    /// Waits for the terminal unless a timer or subscription is already due, until the
    /// earliest of them; then queues whatever is due.
    public mutating func waitForNext() {
        guard !isFinished else { return }
        let timeout = timeout(program.subscriptions(now: clock()))
        if timeout != 0 { wait(timeout) }
        fireDue()
    }

    /// True when a timer or subscription is due: the next wait would not wait.
    public var isDue: Bool {
        timeout(program.subscriptions(now: clock())) == 0
    }

    /// The program's `stop`, then the terminal given back. Idempotent. Events still waiting
    /// (keys typed after F10 in the same burst) are dropped: only what `stop` brings is handled.
    public mutating func shutdown() {
        guard !stopped else { return }
        stopped = true
        isFinished = true
        queue.removeAll()
        perform(program.stop(now: clock()))
        while !queue.isEmpty { perform(program.update(queue.removeFirst(), now: clock())) }
        terminal.restore()
    }

    private mutating func drain() {
        while !isFinished, !queue.isEmpty {
            perform(program.update(queue.removeFirst(), now: clock()))
        }
    }

    private mutating func draw() {
        var grid = Grid(size: terminal.size)
        let cursor = program.view(into: &grid, area: grid.bounds, now: clock())
        terminal.draw(grid, cursor: cursor)
    }

    /// Milliseconds until the earliest timer or subscription, rounded up so nothing fires early,
    /// an hour at most; 0 when one is due, -1 when nothing but the terminal can wake the loop.
    private func timeout(_ subscriptions: [Subscription<P.Event>]) -> Int {
        var deadlines = timers.map { $0.deadline }  // not `\.deadline`: a generic key path is built anew at every call
        var longest = -1
        for subscription in subscriptions {
            switch subscription {
            case .at(let date, _): deadlines.append(date)
            case .poll(let every, _): longest = longest < 0 ? every : min(longest, every)
            }
        }
        guard let first = deadlines.min() else { return longest }
        // An hour at most at a time: a deadline years away is woken for and waited on again.
        let until = Int(min(3_600_000, max(0, (first.microseconds(from: clock()) / 1000).rounded(.up))))
        return longest < 0 ? until : min(until, longest)
    }

    private mutating func wait(_ timeout: Int) {
        switch terminal.nextEvent(timeoutMilliseconds: timeout) {
        case .input(let input):
            if let event = program.event(for: input) { queue.append(event) }
            while terminal.hasPendingInput, case .input(let input) = terminal.nextEvent(timeoutMilliseconds: 0) {
                if let event = program.event(for: input) { queue.append(event) }
            }
        case .timeout:
            break
        case .signal(let signal):
            endingSignal = signal
            isFinished = true
        case .closed:
            isFinished = true
        }
    }

    /// Timers whose time has come, in order, then subscriptions that are due.
    private mutating func fireDue() {
        guard !isFinished else { return }
        let now = clock()
        while let first = timers.first, first.deadline.hasCome(by: now) {
            queue.append(timers.removeFirst().event)
        }
        for case .at(let date, let event) in program.subscriptions(now: now) where date.hasCome(by: now) {
            queue.append(event)
        }
    }


    private mutating func perform(_ commands: [P.Command]) {
        for command in commands {
            for effect in program.perform(command, now: clock()) {
                switch effect {
                case .send(let event): queue.append(event)
                case .timer(let milliseconds, let event):
                    let deadline = clock().addingTimeInterval(Double(milliseconds) / 1000)
                    let index = timers.firstIndex { $0.deadline > deadline } ?? timers.endIndex
                    timers.insert((deadline, event), at: index)
                case .cancelTimers: timers = []
                case .repaint: terminal.repaint()
                case .write(let text): terminal.write(text)
                case .suspend: terminal.suspend()
                case .quit: isFinished = true
                }
            }
        }
    }
}
