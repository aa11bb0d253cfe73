/// An in-memory terminal: events come from a script, drawings are kept for assertions,
/// so the run loop and widgets are tested without a real screen.
public final class TestTerminal: Terminal {
    public private(set) var size: Size
    public let capabilities: TerminalCapabilities
    /// The events still to be returned, first first.
    public var script: [InputEvent]
    /// What the screen shows now.
    public private(set) var screen: Grid
    public private(set) var cursor: Point?
    /// The runs sent by each draw, oldest first: what a real terminal would have been sent.
    public private(set) var sentRuns: [[GridRun]] = []
    public private(set) var restoreCount = 0

    public init(size: Size = Size(width: 80, height: 24), script: [InputEvent] = [],
                capabilities: TerminalCapabilities = TerminalCapabilities(colors: .extended, unicode: true, mouse: true)) {
        self.size = size
        self.script = script
        self.capabilities = capabilities
        screen = Grid(size: size)
    }

    /// The grid last drawn, as text rows.
    public var lines: [String] { screen.lines }

    public func draw(_ grid: Grid, cursor: Point?) {
        sentRuns.append(grid.diff(from: screen))
        screen = grid
        self.cursor = cursor
    }

    /// The next scripted event; a scripted resize also changes `size`, as a real one would.
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !script.isEmpty else { return nil }
        let event = script.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func restore() {
        restoreCount += 1
    }
}
