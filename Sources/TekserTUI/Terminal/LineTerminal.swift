import Foundation

/// A terminal that is only a transcript: standard input read a line at a time, text written
/// to standard output as it comes, nothing drawn. For the plain chat (screen readers, serial
/// consoles, `TERM=dumb`, pipes).
public final class LineTerminal: Terminal {
    public let size = Size.zero
    public let capabilities: TerminalCapabilities
    private let readLine: () -> String?
    private let output: (String) -> Void
    private var pending: [InputEvent] = []

    /// `readLine` and `output` default to standard input and output; tests pass their own.
    public init(unicode: Bool, readLine: @escaping () -> String? = { Swift.readLine() },
                output: @escaping (String) -> Void = { text in print(text, terminator: ""); fflush(nil) }) {
        capabilities = TerminalCapabilities(colors: .monochrome, unicode: unicode, mouse: false)
        self.readLine = readLine
        self.output = output
    }

    public func draw(_ grid: Grid, cursor: Point?) {}
    public func repaint() {}

    public func write(_ text: String) { output(text) }

    /// Prompts with "> " and reads a whole line, however long that takes: a line terminal has
    /// no timeouts, so what the timeout would have woken happens after the next line.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent {
        if pending.isEmpty {
            output("> ")
            guard let line = readLine() else { return .closed }
            pending = (line.isEmpty ? [] : [.paste(line)]) + [.enter]
        }
        return .input(pending.removeFirst())
    }

    /// The Enter after a line's text.
    public var hasPendingInput: Bool { !pending.isEmpty }

    public func suspend() {}
    public func restore() {}
}
