import TekserCore

/// The screen and keyboard as the runtime sees them: it draws grids and reads events through
/// this, so every mode runs the same on ncurses, on a line terminal and in tests.
public protocol Terminal: AnyObject {
    var size: Size { get }
    var capabilities: TerminalCapabilities { get }
    /// Shows `grid`, sending only what changed since the last draw; `cursor` nil hides it.
    func draw(_ grid: Grid, cursor: Point?)
    /// Forgets what the screen shows, so the next `draw` sends every cell (Ctrl-L, a resize).
    func repaint()
    /// Text for a terminal that keeps a transcript (line mode); a full-screen one has none and drops it.
    func write(_ text: String)
    /// The next event: input, `.timeout` when none came within `timeoutMilliseconds` (negative:
    /// wait for one), a signal the mode asked to be told about, or `.closed`.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent
    /// Input already read and waiting, the rest of one read (a burst of keys, a paste and its
    /// Enter): the runtime takes all of it before it draws again, as bubbletea renders at most
    /// once a frame, so a burst costs one frame, not one per key.
    var hasPendingInput: Bool { get }
    /// Gives the terminal back and stops the process as Ctrl-Z does in a shell; returns once
    /// the process is continued, with the screen taken back (the next draw repaints it all).
    func suspend()
    /// Gives the terminal back as it was. Idempotent: every exit path may call it.
    func restore()
}

/// What a terminal reports to the runtime; no optionals and no global flags to read.
public enum TerminalEvent: Hashable, Sendable {
    case input(InputEvent)
    /// Nothing came within the timeout.
    case timeout
    /// A terminating signal arrived under `SignalPolicy.notify`: the runtime shuts down.
    case signal(TerminationSignal)
    /// The terminal went away (its window closed, the input ended): nothing more will come.
    case closed
}

/// What the terminal can show, so the app picks glyphs and looks that will survive.
public struct TerminalCapabilities: Hashable, Sendable {
    public var colors: ColorDepth
    /// False when the locale is not UTF-8: use `GlyphSet.ascii` and ASCII-only decorations.
    public var unicode: Bool
    public var mouse: Bool

    public init(colors: ColorDepth, unicode: Bool, mouse: Bool) {
        self.colors = colors
        self.unicode = unicode
        self.mouse = mouse
    }

    /// The border and mark characters that this terminal can show.
    public var glyphs: GlyphSet { unicode ? .unicode : .ascii }
}

/// How many colours the terminal has; each level has its own look (see `Palette`).
public enum ColorDepth: Hashable, Sendable, CaseIterable {
    case monochrome
    case basic
    case extended
}

/// Why the terminal could not be taken over.
public enum TerminalError: Error, Equatable, Localizable {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// ncurses could not start (for instance an unknown TERM).
    case cannotStart(term: String)

    public var message: Message {
        switch self {
        case .notATerminal: Message("tui.error.notATerminal")
        case .cannotStart(let term): Message("tui.error.cannotStart", ["term": .text(term)])
        }
    }
}
