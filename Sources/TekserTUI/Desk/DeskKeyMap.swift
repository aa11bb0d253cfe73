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

/// One row of the desk's key table; `label` is the short word in the bottom bar.
public struct DeskBinding: Hashable, Sendable {
    public let action: DeskAction
    public let keys: [InputEvent]
    public let inKeyBar: Bool

    init(_ action: DeskAction, _ keys: [InputEvent], inKeyBar: Bool = false) {
        self.action = action
        self.keys = keys
        self.inKeyBar = inKeyBar
    }

    /// "F10/Ctrl-C", as the help screen lists it.
    public var keyLabel: String { keys.map(KeyBinding.name).joined(separator: "/") }
    /// The first key alone, as the bottom bar shows it.
    public var shortKey: String { keys.first.map(KeyBinding.name) ?? "" }
    /// The one-word label in the bottom bar, `desk.bar.<action>`.
    public var barLabel: Message { Message("desk.bar.\(action.rawValue)") }
}

/// The desk's key bindings: the one table that input handling, the bottom bar and F1 read.
public enum DeskKeyMap {
    public static let bindings: [DeskBinding] = [
        DeskBinding(.help, [.function(1)], inKeyBar: true),
        DeskBinding(.newInquiry, [.function(2)], inKeyBar: true),
        DeskBinding(.find, [.function(3)], inKeyBar: true),
        DeskBinding(.note, [.function(5)], inKeyBar: true),
        DeskBinding(.channel, [.function(6)], inKeyBar: true),
        DeskBinding(.maximise, [.function(8)], inKeyBar: true),
        DeskBinding(.quit, [.function(10), .control("c")], inKeyBar: true),
        DeskBinding(.submit, [.enter]),
        DeskBinding(.cancel, [.escape]),
        DeskBinding(.selectPrevious, [.up]),
        DeskBinding(.selectNext, [.down]),
        DeskBinding(.panelUp, [.pageUp]),
        DeskBinding(.panelDown, [.pageDown]),
        DeskBinding(.cursorLeft, [.left, .control("b")]),
        DeskBinding(.cursorRight, [.right, .control("f")]),
        DeskBinding(.lineStart, [.home, .control("a")]),
        DeskBinding(.lineEnd, [.end, .control("e")]),
        DeskBinding(.deleteBackward, [.backspace]),
        DeskBinding(.deleteForward, [.delete, .control("d")]),
        DeskBinding(.deleteToStart, [.control("u")]),
        DeskBinding(.redraw, [.control("l")]),
    ]

    private static let byKey: [InputEvent: DeskAction] = {
        var table: [InputEvent: DeskAction] = [:]
        for binding in bindings {
            for key in binding.keys {
                precondition(table[key] == nil, "\(key) is bound twice")
                table[key] = binding.action
            }
        }
        return table
    }()

    public static func action(for key: InputEvent) -> DeskAction? { byKey[key] }

    /// The bottom bar's entries as (key, label) pairs in `language`.
    public static func barEntries(_ catalog: Catalog, in language: Language) -> [(key: String, label: String)] {
        bindings.filter(\.inKeyBar).map { ($0.shortKey, catalog.text($0.barLabel, in: language)) }
    }

    /// Every binding with its keys and what it does, for the F1 screen.
    public static func helpLines(_ catalog: Catalog, in language: Language) -> [String] {
        let width = bindings.map { DisplayWidth.width(of: $0.keyLabel) }.max() ?? 0
        return bindings.map { binding in
            let label = binding.keyLabel
            let pad = String(repeating: " ", count: width - DisplayWidth.width(of: label))
            return "\(label)\(pad)  \(catalog.text(binding.action.help, in: language))"
        }
    }
}
