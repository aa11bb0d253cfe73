/// One unit read from the terminal, before decoding: what `get_wch` and `getmouse` give.
/// Keeping it plain data lets the decoder be tested with scripted sequences.
public enum RawInput: Hashable, Sendable {
    /// A character code (`get_wch` returned OK): a Unicode scalar, or a control code.
    case character(UInt32)
    /// A curses key code (`get_wch` returned KEY_CODE_YES), see `CursesKey`.
    case key(Int32)
    case mouse(MouseButton, Point)
    case resize(Size)
    /// Nothing followed within the escape delay: a pending ESC is a real Escape.
    case timeout

    public enum MouseButton: Hashable, Sendable {
        case left
        case wheelUp
        case wheelDown
    }
}

/// The curses key codes the decoder understands. The values are the ncurses ABI
/// (curses.h); a test checks them against CNCurses so the pure decoder needs no import.
public enum CursesKey {
    public static let down: Int32 = 0o402
    public static let up: Int32 = 0o403
    public static let left: Int32 = 0o404
    public static let right: Int32 = 0o405
    public static let home: Int32 = 0o406
    public static let backspace: Int32 = 0o407
    public static let f0: Int32 = 0o410
    public static let delete: Int32 = 0o512
    public static let nextPage: Int32 = 0o522
    public static let previousPage: Int32 = 0o523
    public static let enter: Int32 = 0o527
    public static let backTab: Int32 = 0o541
    public static let end: Int32 = 0o550
    /// F(n) is `f0 + n`; curses reserves 64 function keys.
    public static let functionKeys: ClosedRange<Int32> = (f0 + 1)...(f0 + 63)
}
