import TekserCore

/// What a key does in the chat.
public enum KeyAction: String, Hashable, Sendable, CaseIterable {
    case send, focusNext, focusPrevious, clearFocus, pressMenuButton
    case scrollUp, scrollDown
    case cursorLeft, cursorRight, lineStart, lineEnd
    case deleteBackward, deleteForward, deleteToStart, deleteWord
    case historyPrevious, historyNext
    case redraw, suspend, quit

    /// The help text, `tui.key.<action>` in the catalogs.
    public var help: Message { Message("tui.key.\(rawValue)") }
}

/// One row of the key table: an action, the keys that trigger it, and whether the status
/// bar advertises it.
public struct KeyBinding: Hashable, Sendable {
    public let action: KeyAction
    public let keys: [InputEvent]
    public let inStatusBar: Bool

    init(_ action: KeyAction, _ keys: [InputEvent], inStatusBar: Bool = false) {
        self.action = action
        self.keys = keys
        self.inStatusBar = inStatusBar
    }

    /// The keys as the help shows them: "Ctrl-C", "Home/Ctrl-A", or "Alt-1…9" for a run of digits.
    public var keyLabel: String {
        let digits = keys.compactMap { key -> Character? in
            if case .alt(let character) = key, character.isNumber { character } else { nil }
        }
        if digits.count > 1, digits.count == keys.count, let first = digits.first, let last = digits.last {
            return "Alt-\(first)…\(last)"
        }
        return keys.map(Self.name).joined(separator: "/")
    }

    static func name(_ key: InputEvent) -> String {
        switch key {
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .alt(let c): "Alt-\(c)"
        case .function(let n): "F\(n)"
        case .text(let c): String(c)
        case .paste, .click, .wheelUp, .wheelDown, .resize: ""
        }
    }
}

/// The chat's key bindings: the one table that input handling and the status bar both read.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(.send, [.enter], inStatusBar: true),
        KeyBinding(.focusNext, [.tab], inStatusBar: true),
        KeyBinding(.focusPrevious, [.backTab]),
        KeyBinding(.pressMenuButton, (1...9).map { .alt(Character(String($0))) }, inStatusBar: true),
        KeyBinding(.clearFocus, [.escape]),
        KeyBinding(.scrollUp, [.pageUp], inStatusBar: true),
        KeyBinding(.scrollDown, [.pageDown]),
        KeyBinding(.cursorLeft, [.left, .control("b")]),
        KeyBinding(.cursorRight, [.right, .control("f")]),
        KeyBinding(.lineStart, [.home, .control("a")]),
        KeyBinding(.lineEnd, [.end, .control("e")]),
        KeyBinding(.deleteBackward, [.backspace]),
        KeyBinding(.deleteForward, [.delete, .control("d")]),
        KeyBinding(.deleteToStart, [.control("u")]),
        KeyBinding(.deleteWord, [.control("w")]),
        KeyBinding(.historyPrevious, [.up, .control("p")]),
        KeyBinding(.historyNext, [.down, .control("n")]),
        KeyBinding(.redraw, [.control("l")]),
        KeyBinding(.suspend, [.control("z")]),
        KeyBinding(.quit, [.control("c")], inStatusBar: true),
    ]

    private static let byKey: [InputEvent: KeyAction] = {
        var table: [InputEvent: KeyAction] = [:]
        for binding in bindings {
            for key in binding.keys {
                precondition(table[key] == nil, "\(key) is bound twice")
                table[key] = binding.action
            }
        }
        return table
    }()

    /// The action bound to `key`, if any.
    public static func action(for key: InputEvent) -> KeyAction? {
        byKey[key]
    }

    /// The status bar's entries, "Enter send", "Tab buttons", … in `language`.
    public static func statusEntries(_ catalog: Catalog, in language: Language) -> [String] {
        bindings.filter(\.inStatusBar).map { "\($0.keyLabel) \(catalog.text($0.action.help, in: language))" }
    }
}
