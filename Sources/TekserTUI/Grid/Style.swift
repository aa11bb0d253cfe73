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
/// continuation cell, so a row always has exactly `width` cells. Plain data (the grapheme's
/// UTF-8 is kept inline), so grids are filled, copied, compared and freed without a reference
/// count per cell: that was a fifth of drawing a frame.
public struct Cell: Hashable, Sendable {
    private var glyph: Glyph
    public var style: Style
    /// True for the cell covered by the right half of the wide character to its left.
    public var isContinuation: Bool

    /// The columns the character takes (`DisplayWidth`), measured once when the cell is made:
    /// checking a whole frame cell by cell asks it of every cell.
    public var width: Int { Int(columns) }
    private let columns: UInt8

    public init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.init(character, columns: DisplayWidth.width(of: character), style: style, isContinuation: isContinuation)
    }

    /// A cell whose character the caller has measured already.
    init(_ character: Character, columns: Int, style: Style, isContinuation: Bool = false) {
        glyph = Glyph(character)
        self.columns = UInt8(columns)
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A cell of one scalar that is a grapheme on its own (plain narrow text).
    init(_ scalar: Unicode.Scalar, style: Style) {
        glyph = Glyph(scalar)
        columns = 1
        self.style = style
        isContinuation = false
    }

    public var character: Character { glyph.character }

    /// The most UTF-8 bytes of a character a cell keeps (see `Glyph`).
    public static let longestCharacter = Glyph.capacity

    /// What a cell keeps of `character`: all of it, or the whole scalars of a longer grapheme
    /// that fit in `longestCharacter` bytes.
    public static func kept(_ character: Character) -> Character {
        Glyph(character).character
    }

    public static let blank = Cell()
}

/// A grapheme's UTF-8 in 23 bytes, and its length. Letters, marks, flags, keycaps and most
/// emoji sequences fit (a family of three is 18 bytes); a longer grapheme (a family of four,
/// 25 bytes; a subdivision flag, 28) keeps the whole scalars that fit, and is measured as kept
/// (`DisplayWidth`). A terminal shows less of it anyway: ncurses keeps five code points a cell,
/// and `CellEncoding` sends only the base of a sequence the terminal would measure differently.
struct Glyph: Hashable, Sendable {
    private var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)
    static let capacity = 23

    init(_ character: Character) {
        withUnsafeMutableBytes(of: &storage) { bytes in
            var count = 0, scalarStart = 0
            for byte in character.utf8 {
                let startsScalar = byte & 0xC0 != 0x80
                if count == Self.capacity {
                    if !startsScalar { count = scalarStart }  // cut before the unfinished scalar
                    break
                }
                if startsScalar { scalarStart = count }
                bytes[count] = byte
                count += 1
            }
            for index in count..<Self.capacity { bytes[index] = 0 }  // what a cut-off scalar left
            bytes[Self.capacity] = UInt8(count)
        }
    }

    init(_ scalar: Unicode.Scalar) {
        withUnsafeMutableBytes(of: &storage) { bytes in
            var count = 0
            for byte in UTF8.encode(scalar)! {
                bytes[count] = byte
                count += 1
            }
            bytes[Self.capacity] = UInt8(count)
        }
    }

    var character: Character {
        withUnsafeBytes(of: storage) { bytes in
            let count = Int(bytes[Self.capacity])
            // One scalar, decoded by hand: most cells, and the quick way back.
            let lead = UInt32(bytes[0])
            let continuation = { (index: Int) in UInt32(bytes[index] & 0x3F) }
            switch (count, lead) {
            case (1, _): return Character(Unicode.Scalar(UInt8(lead)))
            case (2, 0xC0..<0xE0): return Character(Unicode.Scalar((lead & 0x1F) << 6 | continuation(1))!)
            case (3, 0xE0..<0xF0): return Character(Unicode.Scalar((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2))!)
            case (4, 0xF0...):
                return Character(Unicode.Scalar((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3))!)
            default:
                return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<count]), as: UTF8.self).first ?? " "
            }
        }
    }

    static func == (lhs: Glyph, rhs: Glyph) -> Bool {
        lhs.storage == rhs.storage
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(storage.0)
        hasher.combine(storage.1)
        hasher.combine(storage.2)
    }
}
