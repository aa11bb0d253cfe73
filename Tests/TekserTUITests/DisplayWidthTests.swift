import Testing
@testable import TekserTUI

@Suite struct DisplayWidthTests {
    @Test(arguments: Array("әғқңөұүһіӘҒҚҢӨҰҮҺІ"))
    func kazakhLettersAreNarrow(letter: Character) {
        #expect(DisplayWidth.width(of: letter) == 1)
    }

    @Test(arguments: Array("абвгдеёжзийклмнопрстуфхцчшщъыьэюяЖЩЯ"))
    func cyrillicIsNarrow(letter: Character) {
        #expect(DisplayWidth.width(of: letter) == 1)
    }

    @Test(arguments: Array("azAZ09@#-~ "))
    func latinAndAsciiAreNarrow(character: Character) {
        #expect(DisplayWidth.width(of: character) == 1)
    }

    /// The emoji the bot uses, with and without a variation selector.
    @Test(arguments: ["✅", "❌", "⛔", "🚫", "🔎", "📋", "📞", "🌐", "❓", "⚠️", "🏦", "ℹ️", "1️⃣", "👍🏽", "❤️"])
    func botEmojiAreWide(emoji: String) throws {
        let character = try #require(emoji.first)
        #expect(emoji.count == 1)
        #expect(DisplayWidth.width(of: character) == 2)
    }

    @Test func sequencesAreOneWideCharacter() {
        let family: Character = "👨‍👩‍👧‍👦"
        let flag: Character = "🇰🇿"
        let rainbowFlag: Character = "🏳️‍🌈"
        #expect(DisplayWidth.width(of: family) == 2)
        #expect(DisplayWidth.width(of: flag) == 2)
        #expect(DisplayWidth.width(of: rainbowFlag) == 2)
    }

    @Test func textPresentationAndBareSymbolsAreNarrow() {
        #expect(DisplayWidth.width(of: "⚠") == 1)
        #expect(DisplayWidth.width(of: "⚠\u{FE0E}" as Character) == 1)
        #expect(DisplayWidth.width(of: "#" as Character) == 1)
        #expect(DisplayWidth.width(of: "©" as Character) == 1)
    }

    @Test func combiningAccentsAddNothing() {
        let decomposed = "e\u{301}"
        #expect(decomposed.count == 1)
        #expect(DisplayWidth.width(of: decomposed) == 1)
        #expect(DisplayWidth.width(of: "\u{301}" as Character) == 0)
        #expect(DisplayWidth.width(of: "и\u{306}") == 1)
    }

    @Test(arguments: ["\u{0}", "\u{7}", "\t", "\n", "\r\n", "\u{1B}", "\u{7F}", "\u{200B}", "\u{200D}"])
    func controlsAndInvisiblesAreZero(text: String) throws {
        #expect(DisplayWidth.width(of: try #require(text.first)) == 0)
    }

    @Test(arguments: [("中", 2), ("한", 2), ("ア", 2), ("Ａ", 2), ("　", 2), ("ｱ", 1)])
    func eastAsianWidth(text: String, columns: Int) throws {
        #expect(DisplayWidth.width(of: try #require(text.first)) == columns)
    }

    @Test(arguments: [
        ("Сәлем, әлем!", 12), ("БСН 940140000385", 16), ("✅ Тіркелген", 12),
        ("⚠️ Ескерту", 10), ("🇰🇿 KZ", 5), ("", 0), ("a\u{301}b", 2),
    ])
    func stringWidthIsTheSum(text: String, columns: Int) {
        #expect(DisplayWidth.width(of: text) == columns)
        #expect(DisplayWidth.width(of: text[...]) == columns)
    }

    @Test(arguments: [
        ("Қаржы пирамидасы", 10, "…", "Қаржы пир…"),
        ("Қаржы", 5, "…", "Қаржы"),
        ("✅✅✅", 4, "…", "✅…"),
        ("abcdef", 5, "...", "ab..."),
        ("abcdef", 2, "...", ".."),
    ])
    func truncateFitsTheWidth(text: String, width: Int, ellipsis: String, expected: String) {
        let result = DisplayWidth.truncate(text, toWidth: width, ellipsis: ellipsis)
        #expect(result == expected)
        #expect(DisplayWidth.width(of: result) <= width)
    }
}

/// The fast path for plain narrow text must agree with the grapheme-by-grapheme answer.
@Suite struct PlainWidthTests {
    @Test func everyPlainScalarIsOneColumnAndTextCountsTheSame() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x400...0x52F, 0x2010...0x205E, 0x2190...0x21FF, 0x2500...0x257F]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), DisplayWidth.isPlainNarrow(scalar) else { continue }
                let character = Character(scalar)
                #expect(DisplayWidth.width(of: character) == 1, "U+\(String(value, radix: 16))")
                #expect(character.unicodeScalars.first?.properties.isEmojiPresentation == false)
            }
        }
        #expect(!DisplayWidth.isPlainNarrow("\u{AD}") && !DisplayWidth.isPlainNarrow("\u{301}") && !DisplayWidth.isPlainNarrow("\u{485}"))
        for text in ["╭── Сәлем › ok… ─╮", "↔️ arrow", "é", "e\u{301}", "Қазақ 🇰🇿", "a\u{200D}b"] {
            #expect(DisplayWidth.width(of: text) == text.reduce(0) { $0 + DisplayWidth.width(of: $1) }, "\(text)")
        }
    }
}
