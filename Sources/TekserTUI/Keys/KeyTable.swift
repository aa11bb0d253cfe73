import TekserCore

/// One row of a key table: an action, the keys that trigger it, what it does, and the word
/// it has in the key bar (nil keeps it out of the bar).
public struct KeyBinding<Action: Hashable & Sendable>: Hashable, Sendable {
    public let action: Action
    public let keys: [InputEvent]
    public let help: Message
    public let bar: Message?
    /// How the bar names the keys when the first key's name will not do ("+/-", "↑↓", a word).
    private let barKeyOverride: KeyLabel?

    public init(_ action: Action, _ keys: [InputEvent], help: Message, bar: Message? = nil, barKey: KeyLabel? = nil) {
        self.action = action
        self.keys = keys
        self.help = help
        self.bar = bar
        barKeyOverride = barKey
    }

    /// The keys as the help shows them: "Ctrl-C", "Home/Ctrl-A", or "Alt-1…9" for a run of digits.
    public var keyLabel: String {
        let digits = keys.compactMap { key -> Character? in
            if case .alt(let character) = key, character.isNumber { character } else { nil }
        }
        if digits.count > 1, digits.count == keys.count, let first = digits.first, let last = digits.last {
            return "Alt-\(first)…\(last)"
        }
        return keys.map(KeyName.of).joined(separator: "/")
    }

    /// The keys as the bar shows them: the first alone ("F10"), a run of digits whole.
    public func barKey(_ catalog: Catalog, in language: Language) -> String {
        switch barKeyOverride {
        case .symbol(let symbol)?: symbol
        case .word(let word)?: catalog.text(word, in: language)
        case nil: keyLabel.unicodeScalars.contains("…") ? keyLabel : keys.first.map(KeyName.of) ?? ""
        }
    }
}

/// A key's name in a bar when its usual name will not do.
public enum KeyLabel: Hashable, Sendable {
    /// The same in every language: "→", "+/-", "↑↓".
    case symbol(String)
    /// A word to translate: the space bar.
    case word(Message)
}

/// One entry of a key bar: "F2" and "New", "Enter" and "send".
public struct KeyBarEntry: Hashable, Sendable {
    public let key: String
    public let label: String
}

/// A mode's keys: the one table that its input handling, its key bar, its help screen (F1)
/// and its subcommand's `--help` all read, so none of them can tell another story.
public struct KeyTable<Action: Hashable & Sendable>: Sendable {
    public let bindings: [KeyBinding<Action>]
    private let byKey: [InputEvent: Action]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
        var table: [InputEvent: Action] = [:]
        for binding in bindings {
            for key in binding.keys {
                precondition(table[key] == nil, "\(key) is bound twice")
                table[key] = binding.action
            }
        }
        byKey = table
    }

    /// The action bound to `key`, if any.
    public func action(for key: InputEvent) -> Action? {
        byKey[key]
    }

    /// The bar's entries, in table order, in `language`.
    public func barEntries(_ catalog: Catalog, in language: Language) -> [KeyBarEntry] {
        bindings.compactMap { binding in
            binding.bar.map { KeyBarEntry(key: binding.barKey(catalog, in: language), label: catalog.text($0, in: language)) }
        }
    }

    /// The bar's entries on one line, "Enter confirm · Esc cancel", for the edge of a box.
    public func hint(_ catalog: Catalog, in language: Language, separator: String = " · ") -> String {
        barEntries(catalog, in: language).map { "\($0.key) \($0.label)" }.joined(separator: separator)
    }

    /// The keys bound to `action`, as the help names them.
    public func keyLabel(of action: Action) -> String {
        bindings.first { $0.action == action }?.keyLabel ?? ""
    }

    /// Every binding, its keys in a column and then what it does: F1, `/help` and `--help`.
    /// Given a `width`, a description too long for it goes on under itself, past the keys.
    public func helpLines(_ catalog: Catalog, in language: Language, width: Int? = nil) -> [String] {
        let keys = bindings.map { DisplayWidth.width(of: $0.keyLabel) }.max() ?? 0
        return bindings.flatMap { binding in
            let text = catalog.text(binding.help, in: language)
            let lines = width.map { DisplayWidth.wrap(text, width: max(10, $0 - keys - 2)) } ?? [text]
            return lines.enumerated().map { index, line in
                (index == 0 ? DisplayWidth.padded(binding.keyLabel, toWidth: keys) : String(repeating: " ", count: keys)) + "  " + line
            }
        }
    }
}

/// How keys are named to people: "Enter", "Ctrl-C", "Alt-1", "F12", "Space".
public enum KeyName {
    public static func of(_ key: InputEvent) -> String {
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
        case .text(" "): "Space"
        case .text(let c): String(c)
        case .paste, .click, .wheelUp, .wheelDown, .resize: ""
        }
    }
}
