import CNCurses
import Glibc

/// The real terminal through ncursesw: the only code that talks to curses. Everything it
/// decides (widths, colours, keys) lives in pure types it calls, so those are tested.
public final class NCursesTerminal: Terminal {
    public let capabilities: TerminalCapabilities
    private let screen: OpaquePointer
    private let palette: Palette
    private var decoder: InputDecoder
    private var pending: [InputEvent] = []
    private var shown: Grid?
    private var cursorVisible = false
    private var restored = false
    /// The terminal went away (its window closed, a read error): reads return nothing from now on.
    private var isClosed = false
    /// A test hook, for the terminal-restore tests only: `TEKSER_TEST_CRASH=after-start` makes
    /// the first frame drawn end in `fatalError`, a crash in Swift code with the screen taken over.
    private let crashAfterStart = getenv("TEKSER_TEST_CRASH").map { String(cString: $0) } == "after-start"
    /// The longest single wait: a signal under `.notify` or a closed terminal ends even an endless one.
    private static let waitSliceMilliseconds = 250
    /// How long a lone ESC waits for a following key before it counts as Escape.
    private let escapeDelayMilliseconds: Int32 = 25

    /// Takes over the terminal: locale, raw mode, colours, mouse, and the signal guard.
    /// `palette` picks the look for the colour depth found (the trainer's contrast theme replaces it).
    public init(mouse: Bool = true, policies: [TerminationSignal: SignalPolicy] = [:],
                palette: (ColorDepth) -> Palette = Palette.init(depth:)) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let unicode = TextLocale.isUTF8
        var savedModes = termios()
        let haveModes = tcgetattr(STDIN_FILENO, &savedModes) == 0
        guard let screen = tekser_newterm() else {
            throw .cannotStart(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        set_escdelay(escapeDelayMilliseconds)
        raw()
        noecho()
        nonl()
        keypad(tekser_stdscr(), true)
        if !unicode { meta(tekser_stdscr(), true) }
        curs_set(0)
        let depth = Self.startColors()
        let mouseOn = mouse && mousemask(tekser_mouse_mask(), nil) != 0
        if mouseOn { mouseinterval(0) }
        capabilities = TerminalCapabilities(colors: depth, unicode: unicode, mouse: mouseOn)
        self.palette = palette(depth)
        decoder = InputDecoder(metaBitMeansAlt: !unicode)
        Self.initPairs(self.palette)
        var programModes = termios()
        let haveProgramModes = tcgetattr(STDIN_FILENO, &programModes) == 0
        SignalGuard.install(
            policies: policies,
            savedModes: haveModes ? savedModes : nil,
            programModes: haveProgramModes ? programModes : nil,
            resetSequence: Self.terminfo(["sgr0", "rmkx", "cnorm", "rmcup"]) + (mouseOn ? Self.mouseOff : []),
            resumeSequence: Self.terminfo(["smcup", "smkx", "civis"]),
            spoolStandardError: isatty(STDERR_FILENO) == 1)
    }

    deinit { restore() }

    public var size: Size {
        Size(width: Int(tekser_columns()), height: Int(tekser_lines()))
    }

    public func draw(_ grid: Grid, cursor: Point?) {
        let previous = shown.flatMap { $0.size == grid.size ? $0 : nil }
        if previous == nil { erase() }
        var currentStyle: Style?
        for run in grid.diff(from: previous ?? Grid(size: Size(width: 0, height: 0))) {
            var x = run.origin.x
            for cell in run.cells where !cell.isContinuation {
                if cell.style != currentStyle {
                    apply(cell.style)
                    currentStyle = cell.style
                }
                let columns = cell.width
                write(cell.character, columns: max(columns, 1), x: x, y: run.origin.y)
                x += max(columns, 1)
            }
        }
        shown = grid
        placeCursor(cursor)
        refresh()
        if crashAfterStart { fatalError("TEKSER_TEST_CRASH=after-start: a deliberate crash for the terminal-restore tests") }
    }

    /// Waits in slices, so that a signal under `.notify` or a closed terminal ends even an endless wait.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds < 0 ? nil : clock.now + .milliseconds(timeoutMilliseconds)
        while pending.isEmpty {
            if let number = SignalGuard.receivedSignal, let signal = TerminationSignal(number: number) { return .signal(signal) }
            if isClosed { return .closed }
            let left = deadline.map { Self.milliseconds(from: clock.now, to: $0) }
            if let left, left <= 0, timeoutMilliseconds > 0 { return .timeout }
            readEvents(timeoutMilliseconds: min(left ?? Self.waitSliceMilliseconds, Self.waitSliceMilliseconds))
            if timeoutMilliseconds == 0, pending.isEmpty { return .timeout }
        }
        return .input(pending.removeFirst())
    }

    private static func milliseconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Int {
        let (seconds, attoseconds) = (end - start).components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }

    public var hasPendingInput: Bool { !pending.isEmpty }

    public func repaint() {
        shown = nil
    }

    /// The alternate screen keeps no transcript: line-mode text has nowhere to go.
    public func write(_ text: String) {}

    /// Stops the process as Ctrl-Z would in a shell (raw mode turns that key into an event); the
    /// signal guard gives the terminal back and takes it again on SIGCONT, then a read repaints.
    public func suspend() {
        raise(SIGTSTP)
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        endwin()
        SignalGuard.uninstall()
    }

    // MARK: Output

    private func write(_ character: Character, columns: Int, x: Int, y: Int) {
        let scalars = CellEncoding.scalars(for: character, columns: columns, asciiOnly: !capabilities.unicode) {
            Int(wcwidth(wchar_t(bitPattern: $0.value)))
        }
        var text = scalars.map { wchar_t(bitPattern: $0.value) } + [0]
        mvaddnwstr(Int32(y), Int32(x), &text, Int32(scalars.count))
    }

    private func apply(_ style: Style) {
        let entry = palette[style.role]
        let attributes = style.attributes.union(entry.attributes)
        let pair = capabilities.colors == .monochrome ? 0 : Int16(ColorRole.allCases.firstIndex(of: style.role)! + 1)
        tekser_set_attributes(attributes.contains(.bold) ? 1 : 0, attributes.contains(.reverse) ? 1 : 0,
                              attributes.contains(.underline) ? 1 : 0, entry.dim ? 1 : 0, pair)
    }

    private func placeCursor(_ cursor: Point?) {
        if let cursor {
            move(Int32(cursor.y), Int32(cursor.x))
        }
        if (cursor != nil) != cursorVisible {
            cursorVisible = cursor != nil
            curs_set(cursorVisible ? 1 : 0)
        }
    }

    // MARK: Input

    private func readEvents(timeoutMilliseconds: Int) {
        if SignalGuard.takeResume() {
            resumeAfterSuspend()
            pending.append(.resize(size))
            return
        }
        wtimeout(tekser_stdscr(), Int32(clamping: timeoutMilliseconds))
        guard let first = readRaw() else {
            if decoder.isAwaitingEscapeFollowUp {
                pending += decoder.decode([.timeout])
            } else if TerminalHangup.isHungUp(STDIN_FILENO) {
                closed()
            }
            return
        }
        var batch = [first]
        wtimeout(tekser_stdscr(), 0)
        while batch.count < 65_536, let next = readRaw() { batch.append(next) }
        pending += decoder.decode(batch)
        while decoder.isAwaitingEscapeFollowUp {
            wtimeout(tekser_stdscr(), escapeDelayMilliseconds)
            pending += decoder.decode([readRaw() ?? .timeout])
        }
    }

    private func readRaw() -> RawInput? {
        var code: wint_t = 0
        switch get_wch(&code) {
        case OK:
            return .character(UInt32(code))
        case KEY_CODE_YES where Int32(code) == KEY_RESIZE:
            shown = nil
            return .resize(size)
        case KEY_CODE_YES where Int32(code) == KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return .key(Int32(code)) }
            let point = Point(x: Int(event.x), y: Int(event.y))
            switch tekser_mouse_button(event.bstate) {
            case 1: return .mouse(.left, point)
            case 4: return .mouse(.wheelUp, point)
            case 5: return .mouse(.wheelDown, point)
            default: return .key(Int32(code))
            }
        case KEY_CODE_YES:
            return .key(Int32(code))
        default:
            return nil
        }
    }

    /// The terminal is gone, as when its window is closed: ends the program as the kernel's SIGHUP
    /// would (per the mode's policy), for a hangup that came without one.
    private func closed() {
        isClosed = true
        raise(SIGHUP)
    }

    /// After SIGCONT the guard has put back raw mode and the alternate screen; curses still
    /// believes in its old screen, mouse and cursor, so repaint everything.
    private func resumeAfterSuspend() {
        if capabilities.mouse {
            mousemask(0, nil)
            mousemask(tekser_mouse_mask(), nil)
        }
        curs_set(0)
        cursorVisible = false
        shown = nil
        clearok(tekser_stdscr(), true)
    }

    // MARK: Setup

    private static let mouseOff = Array("\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l".utf8)

    private static func startColors() -> ColorDepth {
        guard has_colors() else { return .monochrome }
        start_color()
        use_default_colors()
        let pairsNeeded = Int32(ColorRole.allCases.count + 1)
        guard tekser_color_pairs() >= pairsNeeded, tekser_colors() >= 8 else { return .monochrome }
        return tekser_colors() >= 256 ? .extended : .basic
    }

    private static func initPairs(_ palette: Palette) {
        guard palette.depth != .monochrome else { return }
        for (index, role) in ColorRole.allCases.enumerated() {
            let entry = palette[role]
            init_pair(Int16(index + 1), entry.foreground, entry.background)
        }
    }

    private static func terminfo(_ names: [String]) -> [UInt8] {
        names.flatMap { name -> [UInt8] in
            guard let value = tekser_terminfo_string(name) else { return [] }
            return Array(String(cString: value).utf8)
        }
    }
}
