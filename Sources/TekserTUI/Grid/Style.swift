import TekserCore

/// What a piece of text is, not which colour it has: the terminal maps roles to a
/// 256-colour, 8-colour or monochrome look, so widgets never name colours.
public enum ColorRole: String, Hashable, Sendable, CaseIterable {
    case normal
    case header
    case botBubble
    case userBubble
    case button
    case focusedButton
    case muted
    case accent
    case warning
    case danger
    case ok
    case statusBar
    case inputField
}

extension ColorRole {
    /// The role a verdict of this severity is drawn in.
    public init(_ severity: Severity) {
        switch severity {
        case .danger: self = .danger
        case .caution: self = .warning
        case .reassuring: self = .ok
        case .neutral: self = .normal
        }
    }
}

/// A colour role plus text attributes.
public struct Style: Hashable, Sendable {
    /// Attributes that every terminal can show, colour or not.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let reverse = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
    }

    public var role: ColorRole
    public var attributes: Attributes

    public init(_ role: ColorRole = .normal, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style()

    /// This style with `extra` attributes added.
    public func with(_ extra: Attributes) -> Style {
        Style(role, attributes.union(extra))
    }
}

/// One terminal cell: a grapheme and its style. The right half of a wide grapheme is a
/// continuation cell, so a row always has exactly `width` cells.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    /// True for the cell covered by the right half of the wide character to its left.
    public var isContinuation: Bool

    public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
