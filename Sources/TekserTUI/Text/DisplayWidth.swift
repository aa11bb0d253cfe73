/// The one answer to "how many terminal columns does this take?", used by the grid,
/// wrapping, layout and cursor placement alike, so borders never drift by a column.
public enum DisplayWidth {
    /// 0, 1 or 2 columns for one grapheme: marks and controls 0, East Asian wide and
    /// emoji presentation (incl. VS16, ZWJ sequences, flags) 2, everything else 1. A grapheme
    /// longer than a cell keeps is measured as the cell keeps it (`Cell.kept`), so layout and
    /// the grid agree on its columns.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let base = iterator.next() else { return 0 }
        // Fast path for the text Tekser mostly draws: ASCII, Latin, Cyrillic with Kazakh letters.
        if iterator.next() == nil {
            if isPlainNarrow(base) { return 1 }
            if base.value < firstWide { return isZeroWidth(base) ? 0 : 1 }
        }
        if character.utf8.count > Cell.longestCharacter { return width(of: Cell.kept(character)) }
        if isZeroWidth(base) { return 0 }
        if scalars.contains(textPresentationSelector) { return 1 }
        if base.properties.isEmojiPresentation { return 2 }
        if base.properties.isEmoji, scalars.count > 1,
           scalars.contains(where: { $0 == emojiPresentationSelector || $0 == zeroWidthJoiner || isEmojiModifier($0) }) {
            return 2
        }
        return isEastAsianWide(base.value) ? 2 : 1
    }

    /// The sum of the widths of the characters of `text`.
    public static func width(of text: String) -> Int {
        plainWidth(text.unicodeScalars) ?? text.reduce(0) { $0 + width(of: $1) }
    }

    /// The sum of the widths of the characters of `text`.
    public static func width(of text: Substring) -> Int {
        plainWidth(text.unicodeScalars) ?? text.reduce(0) { $0 + width(of: $1) }
    }

    /// One column, and never part of a grapheme with a neighbour that is also plain: printable
    /// ASCII, Latin-1 letters and signs (not the soft hyphen), Cyrillic letters (not its
    /// combining marks), dashes, quotes and dots, arrows and box drawing. (An arrow followed by
    /// VS16 is one grapheme, but VS16 is not plain, so such text takes the long way.)
    static func isPlainNarrow(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x400...0x482, 0x48A...0x52F: true
        case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x257F: true
        default: false
        }
    }

    /// True when every scalar of `text` is plain narrow: one column and one grapheme each.
    static func isPlainNarrow(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isPlainNarrow)
    }

    /// The width of text made only of plain narrow scalars (one column each, one grapheme
    /// each), counted without breaking it into Characters; nil for any other text.
    private static func plainWidth(_ scalars: some Sequence<Unicode.Scalar>) -> Int? {
        var count = 0
        for scalar in scalars {
            guard isPlainNarrow(scalar) else { return nil }
            count += 1
        }
        return count
    }

    /// `text` with spaces after it up to `width` columns (as it is when already that wide):
    /// for columns that line up with Cyrillic, Kazakh and emoji in them.
    public static func padded(_ text: String, toWidth width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - self.width(of: text)))
    }

    /// The longest prefix of `text` that fits in `width` columns, with `ellipsis` appended
    /// when something was cut; for one-line places such as headers and buttons.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard self.width(of: text) > width else { return text }
        let room = width - self.width(of: ellipsis)
        guard room >= 0 else { return prefix(of: ellipsis, width: width) }
        return prefix(of: text, width: room) + ellipsis
    }

    /// The longest prefix of `text` that is at most `width` columns wide.
    public static func prefix(of text: String, width: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            let columns = self.width(of: character)
            if used + columns > width { break }
            used += columns
            result.append(character)
        }
        return result
    }

    static let emojiPresentationSelector: Unicode.Scalar = "\u{FE0F}"
    static let textPresentationSelector: Unicode.Scalar = "\u{FE0E}"
    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return (0x1160...0x11FF).contains(scalar.value)  // Hangul medial vowels and final consonants
        }
    }

    private static func isEmojiModifier(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// East_Asian_Width W or F outside emoji, which Swift's Unicode properties do not expose.
    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        var (low, high) = (0, wideRanges.count)
        while low < high {
            let middle = (low + high) / 2
            if wideRanges[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low < wideRanges.count && wideRanges[low].contains(value)
    }

    /// Below the first wide range a lone scalar is never wide.
    private static let firstWide: UInt32 = wideRanges[0].lowerBound

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x2329...0x232A,   // angle brackets
        0x2E80...0x303E,   // CJK radicals, punctuation, ideographic space
        0x3041...0x33FF,   // kana, bopomofo, CJK compatibility
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small forms
        0xFF00...0xFF60,   // fullwidth forms
        0xFFE0...0xFFE6,   // fullwidth signs
        0x16FE0...0x18CFF, // Tangut, Khitan
        0x1B000...0x1B2FF, // kana supplement and extensions, Nushu
        0x20000...0x2FFFD, // CJK extensions B–F
        0x30000...0x3FFFD, // CJK extension G and later
    ]
}
