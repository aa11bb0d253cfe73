import Testing
@testable import TekserTUI

@Suite struct TextWrapTests {
    static let samples = [
        "Сәлеметсіз бе! БСН енгізіңіз: 12 цифр.",
        "✅ «Қазақстан Халық Банкі» АҚ лицензиясы бар ⚠️ 🇰🇿 👨‍👩‍👧‍👦",
        "Өтінішіңіз қабылданды.\nНәтиже: ❌ тізімде жоқ",
        "Ұзынсөзқұрамындағыбөлінбейтінтізбек 🏦🏦🏦🏦",
        "  абзац\n\nбос жолдан кейін",
    ]

    @Test(arguments: samples, 1...20)
    func linesFitAndTextIsKept(text: String, width: Int) {
        let lines = DisplayWidth.wrap(text, width: width)
        for line in lines {
            let fits = DisplayWidth.width(of: line) <= width
            #expect(fits || line.count == 1, "\(line.debugDescription) is wider than \(width)")
        }
        let kept = lines.joined().filter { !$0.isWhitespace }
        #expect(kept == text.filter { !$0.isWhitespace })
        #expect(lines.count >= text.filter(\.isNewline).count + 1)
    }

    /// A list item's continuation lines up under its text, not at the margin (issue #16).
    @Test(arguments: [
        ("· AFM criminal cases", 10, ["· AFM", "  criminal", "  cases"]),
        ("  Agency: ДЭР по г. Алматы", 16, ["  Agency: ДЭР по", "  г. Алматы"]),
        ("10. ⛔ Демо Пирамида — Criminal case", 20, ["10. ⛔ Демо Пирамида", "    — Criminal case"]),
        ("1) Қаржы пирамидасы", 12, ["1) Қаржы", "   пирамидасы"]),
        ("- ұзынсөзбөлінбейді", 10, ["- ұзынсөзб", "  өлінбейд", "  і"]),
        // No hang where it would leave less than half the line, and none for a number that is no marker.
        ("          indented far", 12, ["indented far"]),
        ("2026-11-01 revoked licence", 12, ["2026-11-01", "revoked", "licence"]),
        ("F5     Note: the caller's question", 24, ["F5     Note: the", "       caller's question"]),
    ])
    func listItemsHangUnderTheirText(text: String, width: Int, lines: [String]) {
        #expect(DisplayWidth.wrap(text, width: width) == lines)
    }

    @Test func wrapsAtSpaces() {
        #expect(DisplayWidth.wrap("Сәлем қымбатты досым", width: 12) == ["Сәлем", "қымбатты", "досым"])
        #expect(DisplayWidth.wrap("Сәлем қымбатты досым", width: 14) == ["Сәлем қымбатты", "досым"])
    }

    @Test func hardBreaksLongWordsWithoutSplittingCharacters() {
        #expect(DisplayWidth.wrap("ә 940140000385", width: 5) == ["ә 940", "14000", "0385"])
        #expect(DisplayWidth.wrap("✅✅✅", width: 3) == ["✅", "✅", "✅"])
        #expect(DisplayWidth.wrap("a✅b", width: 2) == ["a", "✅", "b"])
    }

    @Test func keepsExplicitNewlines() {
        #expect(DisplayWidth.wrap("бір\r\nекі\n\nүш", width: 10) == ["бір", "екі", "", "үш"])
        #expect(DisplayWidth.wrap("", width: 10) == [""])
    }

    @Test func wideCharacterAtWidthOneGetsItsOwnLine() {
        #expect(DisplayWidth.wrap("a🏦b", width: 1) == ["a", "🏦", "b"])
    }

    @Test func keepsIndentationAndInnerSpaces() {
        #expect(DisplayWidth.wrap("  ab  cd", width: 20) == ["  ab  cd"])
        #expect(DisplayWidth.wrap("ab    cd", width: 4) == ["ab", "cd"])
    }
}
