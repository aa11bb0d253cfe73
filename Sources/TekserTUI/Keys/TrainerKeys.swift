import TekserCore

/// What a key does while a scenario plays.
public enum PlaybackAction: String, Hashable, Sendable, CaseIterable {
    case pause, step, faster, slower, stop, quit
}

/// What a key does in the samples panel.
public enum SamplesAction: String, Hashable, Sendable, CaseIterable {
    case toggle, previous, next, type, close
}

extension KeyMap {
    /// The keys that steer a scenario while it plays; the caption box's edge lists those with a word.
    public static let playback = KeyTable<PlaybackAction>([
        trainer(.pause, [.text(" ")], bar: true, barKey: .word(Message("tui.keyName.space"))),
        trainer(.step, [.right], bar: true, barKey: .symbol("→")),
        trainer(.faster, [.text("+"), .text("=")], bar: true, barKey: .symbol("+/-")),
        trainer(.slower, [.text("-")]),
        trainer(.stop, [.escape], bar: true),
        trainer(.quit, [.control("c")]),
    ])

    /// The samples panel's keys; its edge lists those with a word.
    public static let samples = KeyTable<SamplesAction>([
        trainer(.toggle, [.function(2)]),
        trainer(.previous, [.up], bar: true, barKey: .symbol("↑↓")),
        trainer(.next, [.down]),
        trainer(.type, [.enter], bar: true),
        trainer(.close, [.escape]),
    ])

    private static func trainer<Action: RawRepresentable<String> & Hashable & Sendable>(
        _ action: Action, _ keys: [InputEvent], bar: Bool = false, barKey: KeyLabel? = nil) -> KeyBinding<Action> {
        KeyBinding(action, keys, help: Message("trainer.key.\(action.rawValue)"),
                   bar: bar ? Message("trainer.bar.\(action.rawValue)") : nil, barKey: barKey)
    }
}
