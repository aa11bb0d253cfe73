import Foundation

/// Text for terminals without UTF-8, where ncursesw would drop every other character:
/// Kazakh and Russian letters are transliterated, typography becomes its ASCII look-alike,
/// and pictographs go (with the space after them), so a sentence stays readable.
public enum ASCIIFolding {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var skipSpace = false
        for character in text {
            if skipSpace && character == " " {
                skipSpace = false
                continue
            }
            // ASCII and the table's letters and symbols (none of them a pictograph) first.
            if character.isASCII {
                output.append(character)
                skipSpace = false
                continue
            }
            if let mapped = tabled(character) {
                output += mapped
                skipSpace = false
                continue
            }
            // Only a pictograph takes its space with it: "📄 Evidence" is "Evidence", but the
            // soft sign of "осталось 4" folds to nothing and its space stays.
            skipSpace = isPictograph(character)
            output += fold(character)
        }
        return output
    }

    /// One Character in ASCII: itself, a transliteration, a look-alike, "" for a pictograph, or "?".
    public static func fold(_ character: Character) -> String {
        if character.isASCII { return String(character) }
        if let mapped = tabled(character) { return mapped }
        if isPictograph(character) || DisplayWidth.width(of: character) == 0 { return "" }
        // A Latin letter with marks (é, ñ): keep the letter.
        let decomposed = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
        if let first = decomposed.first, first.isASCII, first.properties.isAlphabetic,
           decomposed.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
            return String(first)
        }
        return "?"
    }

    /// A character's entry in `table`, by its one scalar, or else by its composed form's (a
    /// decomposed "й", и + U+0306, is the letter й).
    private static func tabled(_ character: Character) -> String? {
        let scalars = character.unicodeScalars
        if scalars.count == 1 { return table[scalars[scalars.startIndex]] }
        let composed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        return composed.count == 1 ? table[composed[composed.startIndex]] : nil
    }

    /// An emoji, drawn as a picture: ASCII has nothing like it.
    static func isPictograph(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.isEmojiPresentation || $0 == "\u{FE0F}" }
    }

    /// `symbols` and `cyrillic` in both cases (a capital taking the capitalised form, "Ш" → "Sh"),
    /// by scalar: with Character keys every lookup compared by canonical equivalence, the
    /// costliest part of drawing a frame in ASCII.
    private static let table: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        for (character, ascii) in symbols { table[character.unicodeScalars.first!] = ascii }
        for (letter, latin) in cyrillic {
            table[letter.unicodeScalars.first!] = latin
            table[Character(letter.uppercased()).unicodeScalars.first!] = latin.prefix(1).uppercased() + latin.dropFirst()
        }
        return table
    }()

    /// Russian and Kazakh Cyrillic, lowercase.
    private static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    ]

    private static let symbols: [Character: String] = [
        "«": "\"", "»": "\"", "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "‚": "'",
        "—": "-", "–": "-", "−": "-", "‐": "-", "…": "...", "•": "*", "·": "-", "№": "No.",
        "✓": "v", "✔": "v", "×": "x", "←": "<-", "→": "->", "▶": ">", "◀": "<", "▲": "^", "▼": "v",
        "─": "-", "│": "|", "╭": "+", "╮": "+", "╰": "+", "╯": "+", "\u{00A0}": " ", "\u{202F}": " ",
        "°": "o", "₸": "KZT",
    ]
}
