/// The input line: text as Characters with a cursor between them, plus the history of sent
/// lines. Counting in Characters (not bytes or scalars) keeps Kazakh letters and emoji whole.
public struct LineEditor: Hashable, Sendable {
    public private(set) var characters: [Character] = []
    /// Index into `characters`: 0 before the first, `characters.count` after the last.
    public private(set) var cursor = 0
    /// Lines sent, oldest first.
    public private(set) var history: [String] = []
    /// Position while browsing the history with Up/Down; nil when editing a fresh line.
    private var historyIndex: Int?
    /// The unsent line kept aside while browsing the history.
    private var draft: [Character] = []

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isBlank: Bool { characters.allSatisfy(\.isWhitespace) }

    /// Typed or pasted text; a pasted newline becomes a space because the line is sent whole.
    public mutating func insert(_ text: String) {
        let clean = text.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Ctrl-U: deletes from the start of the line to the cursor.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Ctrl-W: deletes the word before the cursor and the spaces after it.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
        while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Takes the line for sending: remembers it in the history and starts a fresh one.
    public mutating func take() -> String {
        let line = text
        if history.last != line { history.append(line) }
        characters = []
        cursor = 0
        historyIndex = nil
        draft = []
        return line
    }

    /// Up: the previous line of the history (the line being typed is kept as a draft).
    public mutating func historyPrevious() {
        guard !history.isEmpty else { return }
        let index: Int
        if let current = historyIndex {
            index = max(0, current - 1)
        } else {
            draft = characters
            index = history.count - 1
        }
        show(Array(history[index]), at: index)
    }

    /// Down: the next line of the history, and finally the draft again.
    public mutating func historyNext() {
        guard let current = historyIndex else { return }
        if current + 1 < history.count {
            show(Array(history[current + 1]), at: current + 1)
        } else {
            show(draft, at: nil)
        }
    }

    private mutating func show(_ line: [Character], at index: Int?) {
        characters = line
        cursor = line.count
        historyIndex = index
    }
}
