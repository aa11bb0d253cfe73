import TekserCore

/// The screen and keyboard as the program sees them: the run loop draws grids and reads
/// events through this, so it runs the same on ncurses and in tests.
public protocol Terminal: AnyObject {
    var size: Size { get }
    var capabilities: TerminalCapabilities { get }
    /// Shows `grid`, sending only what changed since the last draw; `cursor` nil hides it.
    func draw(_ grid: Grid, cursor: Point?)
    /// The next event, or nil when none came within the timeout (negative: wait for one).
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Gives the terminal back as it was. Idempotent: every exit path may call it.
    func restore()
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
