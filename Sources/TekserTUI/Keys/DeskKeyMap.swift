import TekserCore

/// What a key does at the help desk.
public enum DeskAction: String, Hashable, Sendable, CaseIterable {
    case help, newInquiry, find, note, channel, maximise, quit
    case submit, cancel, selectPrevious, selectNext, panelUp, panelDown
    case cursorLeft, cursorRight, lineStart, lineEnd, deleteBackward, deleteForward, deleteToStart
    case redraw

    /// The help text, `desk.key.<action>` in the catalogs.
    public var help: Message { Message("desk.key.\(rawValue)") }
}

extension KeyMap {
    /// The desk's keys; the bottom bar shows the function keys with their one word, `desk.bar.<action>`.
    public static let desk = KeyTable<DeskAction>([
        bindDesk(.help, [.function(1)], inBar: true),
        bindDesk(.newInquiry, [.function(2)], inBar: true),
        bindDesk(.find, [.function(3)], inBar: true),
        bindDesk(.note, [.function(5)], inBar: true),
        bindDesk(.channel, [.function(6)], inBar: true),
        bindDesk(.maximise, [.function(8)], inBar: true),
        bindDesk(.quit, [.function(10), .control("c")], inBar: true),
        bindDesk(.submit, [.enter]),
        bindDesk(.cancel, [.escape]),
        bindDesk(.selectPrevious, [.up]),
        bindDesk(.selectNext, [.down]),
        bindDesk(.panelUp, [.pageUp]),
        bindDesk(.panelDown, [.pageDown]),
        bindDesk(.cursorLeft, [.left, .control("b")]),
        bindDesk(.cursorRight, [.right, .control("f")]),
        bindDesk(.lineStart, [.home, .control("a")]),
        bindDesk(.lineEnd, [.end, .control("e")]),
        bindDesk(.deleteBackward, [.backspace]),
        bindDesk(.deleteForward, [.delete, .control("d")]),
        bindDesk(.deleteToStart, [.control("u")]),
        bindDesk(.redraw, [.control("l")]),
    ])

    private static func bindDesk(_ action: DeskAction, _ keys: [InputEvent], inBar: Bool = false) -> KeyBinding<DeskAction> {
        KeyBinding(action, keys, help: action.help, bar: inBar ? Message("desk.bar.\(action.rawValue)") : nil)
    }
}
