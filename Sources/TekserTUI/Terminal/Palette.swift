/// How each colour role looks at each colour depth: a Telegram-like dark palette with 256
/// colours, the nearest of the 8 basic colours, and bold/reverse/underline with none.
public struct Palette: Hashable, Sendable {
    /// One role's look. Colours are curses colour numbers; -1 is the terminal's default.
    public struct Entry: Hashable, Sendable {
        public var foreground: Int16
        public var background: Int16
        public var attributes: Style.Attributes
        /// Dimmed text, where the terminal supports it.
        public var dim: Bool

        public init(_ foreground: Int16, _ background: Int16, _ attributes: Style.Attributes = [], dim: Bool = false) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
            self.dim = dim
        }
    }

    public let depth: ColorDepth
    private let entries: [ColorRole: Entry]

    public subscript(role: ColorRole) -> Entry {
        entries[role] ?? Entry(-1, -1)
    }

    public init(depth: ColorDepth) {
        self.depth = depth
        switch depth {
        case .extended: entries = Self.telegramDark
        case .basic: entries = Self.basic
        case .monochrome: entries = Self.monochrome
        }
    }

    /// A look of one's own (the trainer's high-contrast theme); roles left out use the terminal's colours.
    public init(depth: ColorDepth, entries: [ColorRole: Entry]) {
        self.depth = depth
        self.entries = entries
    }

    /// Telegram's night theme in xterm-256 numbers: blue header, dark grey incoming and
    /// blue outgoing bubbles, light-blue button text.
    private static let telegramDark: [ColorRole: Entry] = [
        .normal: Entry(-1, -1),
        .header: Entry(231, 31, .bold),
        .botBubble: Entry(255, 236),
        .userBubble: Entry(231, 24),
        .button: Entry(153, 238),
        .focusedButton: Entry(231, 33, .bold),
        .muted: Entry(245, -1),
        .accent: Entry(75, -1),
        .warning: Entry(214, -1),
        .danger: Entry(203, -1),
        .ok: Entry(78, -1),
        .statusBar: Entry(250, 235),
        .inputField: Entry(255, 237),
    ]

    /// Curses colour numbers 0–7: black, red, green, yellow, blue, magenta, cyan, white.
    private static let basic: [ColorRole: Entry] = [
        .normal: Entry(-1, -1),
        .header: Entry(7, 4, .bold),
        .botBubble: Entry(0, 7),
        .userBubble: Entry(0, 6),
        .button: Entry(4, 7),
        .focusedButton: Entry(7, 4, .bold),
        .muted: Entry(-1, -1, dim: true),
        .accent: Entry(6, -1),
        .warning: Entry(3, -1),
        .danger: Entry(1, -1),
        .ok: Entry(2, -1),
        .statusBar: Entry(0, 7),
        .inputField: Entry(-1, -1, .underline),
    ]

    /// No colour at all: roles stay apart through attributes alone.
    private static let monochrome: [ColorRole: Entry] = [
        .normal: Entry(-1, -1),
        .header: Entry(-1, -1, [.bold, .reverse]),
        .botBubble: Entry(-1, -1),
        .userBubble: Entry(-1, -1, .bold),
        .button: Entry(-1, -1, .underline),
        .focusedButton: Entry(-1, -1, [.reverse, .bold]),
        .muted: Entry(-1, -1, dim: true),
        .accent: Entry(-1, -1, .bold),
        .warning: Entry(-1, -1, .bold),
        .danger: Entry(-1, -1, [.bold, .underline]),
        .ok: Entry(-1, -1),
        .statusBar: Entry(-1, -1, .reverse),
        .inputField: Entry(-1, -1, .underline),
    ]
}
