import Foundation
@testable import TekserTUI

/// The real runtime on an in-memory terminal with a manual clock: tests script keys and the
/// passing of time, and read the screen the runtime drew. Nothing here handles a command.
struct Driver<P: Program> {
    var runtime: Runtime<Recorded<P>>
    let terminal: TestTerminal
    var clock: ManualClock { terminal.clock }

    /// `log` false keeps no log of events and commands, for soaks of thousands of sessions.
    init(_ program: P, size: Size, clock: ManualClock = ManualClock(), log: Bool = true) {
        terminal = TestTerminal(size: size, clock: clock)
        terminal.keepsHistory = log
        runtime = Runtime(Recorded(program, log: log), terminal: terminal, clock: clock.read)
        settle()
    }

    var program: P {
        get { runtime.program.program }
    }

    /// Every command the program asked for, oldest first.
    var commands: [P.Command] { runtime.program.commands }
    /// Every event the program was given, with the time it came, oldest first.
    var events: [(time: Date, event: P.Event)] { runtime.program.events }

    var screen: Grid { terminal.screen }
    var lines: [String] { terminal.lines }
    var text: String { lines.joined(separator: "\n") }
    var cursor: Point? { terminal.cursor }
    var isFinished: Bool { runtime.isFinished }

    /// Runs the program's start commands.
    mutating func start() {
        runtime.start()
        settle()
    }

    mutating func press(_ events: [InputEvent]) {
        terminal.script += events.map(TestTerminal.Step.input)
        settle()
    }

    /// Nobody types for `seconds`: timers and subscriptions fire as their time comes.
    mutating func pass(seconds: Double) {
        terminal.script.append(.idle(seconds: seconds))
        settle()
    }

    /// An event from outside the terminal (a scripted bot answer).
    mutating func send(_ event: P.Event) {
        runtime.send(event)
        settle()
    }

    /// Settles again, in real time, until `done` holds (work sent off the loop has come back)
    /// or `seconds` have passed; returns whether `done` held.
    @discardableResult
    mutating func settle(within seconds: Double = 10, until done: (Self) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        settle()
        while !done(self), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.005)
            settle()
        }
        return done(self)
    }

    /// Turns until the script is used up and nothing is due: the screen then shows it all.
    mutating func settle() {
        runtime.settle()
        while !runtime.isFinished, !terminal.isIdle || runtime.isDue {
            runtime.waitForNext()
            runtime.settle()
        }
    }
}

/// A program as it is, with a log of what it was told and asked for.
struct Recorded<P: Program>: Program {
    var program: P
    private(set) var commands: [P.Command] = []
    private(set) var events: [(time: Date, event: P.Event)] = []
    private let log: Bool

    init(_ program: P, log: Bool = true) {
        self.program = program
        self.log = log
    }

    mutating func start(now: Date) -> [P.Command] { log(program.start(now: now)) }

    mutating func update(_ event: P.Event, now: Date) -> [P.Command] {
        if log { events.append((now, event)) }
        return log(program.update(event, now: now))
    }

    mutating func view(into grid: inout Grid, area: Rect, now: Date) -> Point? { program.view(into: &grid, area: area, now: now) }
    mutating func perform(_ command: P.Command, now: Date) -> [Effect<P.Event>] { program.perform(command, now: now) }
    func subscriptions(now: Date) -> [Subscription<P.Event>] { program.subscriptions(now: now) }
    func event(for input: InputEvent) -> P.Event? { program.event(for: input) }
    mutating func stop(now: Date) -> [P.Command] { log(program.stop(now: now)) }

    private mutating func log(_ commands: [P.Command]) -> [P.Command] {
        if log { self.commands += commands }
        return commands
    }
}
