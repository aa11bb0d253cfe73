/// A key press, paste, mouse action or resize, independent of how the terminal encoded it.
public enum InputEvent: Hashable, Sendable {
    /// A typed character (Kazakh letters and emoji included).
    case text(Character)
    /// Several characters that arrived at once, as a paste does; may contain newlines,
    /// which must not act as Enter.
    case paste(String)
    case enter
    case backspace
    case delete
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    case tab
    case backTab
    case escape
    /// F1…F12 (higher numbers for terminals that report shifted function keys so).
    case function(Int)
    /// Ctrl with a letter, lowercase: Ctrl-C is `.control("c")`.
    case control(Character)
    /// Alt (Meta) with a character or digit, whether sent as ESC + key or with the meta bit.
    case alt(Character)
    case click(Point)
    case wheelUp(Point)
    case wheelDown(Point)
    case resize(Size)
}
