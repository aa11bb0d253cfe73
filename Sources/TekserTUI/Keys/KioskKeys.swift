import TekserCore

/// What a key does at a kiosk beyond the chat's own keys: the operator's way in, and the PIN prompt.
public enum KioskAction: String, Hashable, Sendable, CaseIterable {
    case operatorPrompt, confirm, cancel, deleteDigit
}

extension KeyMap {
    /// The kiosk's keys, with the operator key its settings name (F12 unless configured);
    /// the PIN box's edge lists confirm and cancel.
    public static func kiosk(operatorKey: InputEvent) -> KeyTable<KioskAction> {
        KeyTable([
            bindKiosk(.operatorPrompt, [operatorKey]),
            bindKiosk(.confirm, [.enter], bar: true),
            bindKiosk(.cancel, [.escape], bar: true),
            bindKiosk(.deleteDigit, [.backspace]),
        ])
    }

    private static func bindKiosk(_ action: KioskAction, _ keys: [InputEvent], bar: Bool = false) -> KeyBinding<KioskAction> {
        let help = Message("kiosk.key.\(action.rawValue)")
        return KeyBinding(action, keys, help: help, bar: bar ? help : nil)
    }
}
