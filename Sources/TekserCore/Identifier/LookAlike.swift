/// Letters people type, or autocorrect leaves, in place of digits they resemble.
///
/// Shared by the error message (which names the letter and the digit it looks like)
/// and the typo rescue (which tries the digit instead).
enum LookAlike {
    /// Latin and Cyrillic O/o/О/о, Latin I and l, Kazakh І, Cyrillic З/з.
    static let digits: [Character: Int] = [
        "O": 0, "o": 0, "\u{041E}": 0, "\u{043E}": 0,
        "I": 1, "l": 1, "\u{0406}": 1,
        "\u{0417}": 3, "\u{0437}": 3,
    ]

    /// The alphabet a letter comes from, worth naming when Latin and Cyrillic letters look the same.
    enum Script: String, Sendable, Localizable {
        case latin, cyrillic

        init?(_ character: Character) {
            guard character.isLetter, let scalar = character.unicodeScalars.first else { return nil }
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: self = .latin
            case 0x400...0x52F: self = .cyrillic
            default: return nil
            }
        }

        var message: Message { Message("identifier.script.\(rawValue)") }
    }

    /// The digit `character` stands for: ASCII digits themselves, look-alike letters their digit.
    static func digit(_ character: Character) -> Int? {
        if character.isASCII, let value = character.wholeNumberValue { return value }
        return digits[character]
    }
}
