import TekserCore

/// What a key does in the chat.
public enum KeyAction: String, Hashable, Sendable, CaseIterable {
    case send, focusNext, focusPrevious, clearFocus, pressMenuButton
    case scrollUp, scrollDown
    case cursorLeft, cursorRight, lineStart, lineEnd
    case deleteBackward, deleteForward, deleteToStart, deleteWord
    case historyPrevious, historyNext
    case help, redraw, suspend, quit

    /// The help text, `tui.key.<action>` in the catalogs.
    public var help: Message { Message("tui.key.\(rawValue)") }
}

/// The key tables of the chat and of the modes built on it.
public enum KeyMap {
    /// The chat's keys; the status bar advertises those with a bar word (the help text itself).
    public static let chat = KeyTable<KeyAction>([
        bind(.send, [.enter], inBar: true),
        bind(.focusNext, [.tab], inBar: true),
        bind(.focusPrevious, [.backTab]),
        bind(.pressMenuButton, (1...9).map { .alt(Character(String($0))) }, inBar: true),
        bind(.clearFocus, [.escape]),
        bind(.scrollUp, [.pageUp], inBar: true),
        bind(.scrollDown, [.pageDown]),
        bind(.cursorLeft, [.left, .control("b")]),
        bind(.cursorRight, [.right, .control("f")]),
        bind(.lineStart, [.home, .control("a")]),
        bind(.lineEnd, [.end, .control("e")]),
        bind(.deleteBackward, [.backspace]),
        bind(.deleteForward, [.delete, .control("d")]),
        bind(.deleteToStart, [.control("u")]),
        bind(.deleteWord, [.control("w")]),
        bind(.historyPrevious, [.up, .control("p")]),
        bind(.historyNext, [.down, .control("n")]),
        bind(.help, [.function(1)]),
        bind(.redraw, [.control("l")]),
        bind(.suspend, [.control("z")]),
        bind(.quit, [.control("c")], inBar: true),
    ])

    private static func bind(_ action: KeyAction, _ keys: [InputEvent], inBar: Bool = false) -> KeyBinding<KeyAction> {
        KeyBinding(action, keys, help: action.help, bar: inBar ? action.help : nil)
    }
}
