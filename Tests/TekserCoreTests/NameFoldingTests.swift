import Testing
@testable import TekserCore

@Suite struct NameFoldingTests {
    func folded(_ name: String) -> [String] {
        NameFolding.words(name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Each group: spellings that must fold to the same skeleton.
    @Test(arguments: [
        ["Сәттілік", "Sättılık", "Sattilik", "SATTILIK", "Saettilik", "сәттiлiк"],
        ["Қазақ", "Qazaq", "Kazak", "Kazaq"],
        ["Жұлдыз", "Zhuldyz", "Jūldyz", "Zhuldiz", "Juldyz"],
        ["Шапағат", "Shapagat", "Şapağat", "Shapaghat"],
        ["Өрлеу", "Orleu", "Oerleu", "Örleu"],
        ["Ұлан", "Ulan", "Ūlan"],
        ["Үміт", "Umit", "Ümıt", "Uemit"],
        ["Жиһаз", "Zhihaz", "Jihaz"],
        ["Таңба", "Tanba", "Tañba", "Tangba"],
        ["Ғалым", "Galym", "Ğalym", "Ghalym"],
        ["Щит", "Shchit", "Shit"],
        ["Чайка", "Chaika", "Çaika", "Chayka"],
        ["Хан", "Khan", "Han"],
        ["Центр", "Tsentr"],
        ["Юрта", "Yurta", "Iurta"],
        ["Ягода", "Yagoda", "Iagoda"],
        ["Рыбак", "Rybak", "Ribak"],
        ["Подъезд", "Podezd"],
        ["Мельница", "Melnitsa"],
        ["Ёлка", "Елка", "Elka"],
    ])
    func spellingsMeet(spellings: [String]) {
        let expected = folded(spellings[0])
        #expect(expected.count == 1)
        for spelling in spellings.dropFirst() {
            #expect(folded(spelling) == expected, "\(spelling)")
        }
    }

    /// Legal forms (as words, glued to quotes, in any script), quotes, punctuation and case vanish.
    @Test(arguments: [
        "ТОО «Сәттілік Инвест»", "«Сәттілік Инвест» ЖШС", "Sattilik Invest LLP", "ТОО\"Сәттілік Инвест\"",
        "„Сәттілік Инвест“ АҚ", "'Sattilik Invest' Ltd.", "АО  \"Сәттілік-Инвест\"", "sättılık, invest!",
        "Sattilik Invest, LLC", "Sattilik Invest GmbH", "ТОВ «Сәттілік Інвест»", "ИП Сәттілік Инвест",
        "ЖК «Сәттілік Инвест»", "Sattilik Invest JSC", "Sattilik Invest Inc", "ОО «Сәттілік Инвест»",
        "КТ «Сәттілік Инвест»", "«Сәттілік Инвест»ТОО", "TOO Sattilik Invest",
    ])
    func legalFormsQuotesAndPunctuationDoNotMatter(name: String) {
        #expect(folded(name) == ["satilik", "invest"])
    }

    /// Folding on bytes writes into buffers sized by two facts (`ByteFolding`): a scalar spells as
    /// at most as many letters as it has UTF-8 bytes, and none from U+0500 up is a letter (so one
    /// table below U+0500 answers for all: `ScalarSpelling.spelling`).
    @Test func aScalarSpellsAsAtMostItsUTF8LengthAndNoneFromU0500IsALetter() {
        var tooLong: [UInt32] = [], lettersFromU0500: [UInt32] = [], unlikeTheTable: [UInt32] = []
        for value in UInt32(0) ... 0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let spelled = ScalarSpelling.ascii(scalar)
            if let spelled, spelled.count > scalar.utf8.count { tooLong.append(value) }
            if spelled != nil && value >= 0x0500 { lettersFromU0500.append(value) }
            var appended: [UInt8] = []
            let isLetter = ScalarSpelling.appendASCII(of: scalar, to: &appended)
            if isLetter != (spelled != nil) || isLetter && appended != spelled { unlikeTheTable.append(value) }
        }
        #expect(tooLong.isEmpty)
        #expect(lettersFromU0500.isEmpty)
        #expect(unlikeTheTable.isEmpty)
    }

    @Test func aNameThatIsOnlyALegalFormKeepsIt() {
        #expect(folded("ТОО") == ["to"])
    }

    @Test func wordOrderIsKeptForRankingButTheWordsAreTheSame() {
        #expect(folded("Инвест Клуб").sorted() == folded("Клуб Инвест").sorted())
        #expect(folded("Инвест Клуб") != folded("Клуб Инвест"))
    }

    @Test func plainWordsKeepTheScript() {
        #expect(NameFolding.plainWords("ТОО «Сәттілік»") == ["сәттілік"])
        #expect(NameFolding.plainWords("Sattilik LLP") == ["sattilik"])
    }
}
