import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport
@testable import TekserTUI

@Suite struct ChatASCIITests {
    @Test(arguments: Language.allCases)
    func asciiModeDrawsNoNonASCIICharacter(language: Language) {
        var chat = ChatHarness(language: language, ascii: true)
        chat.start()
        chat.send(Fixture.investClub)
        let evidence = ASCIIFolding.fold(ChatHarness.catalog.text("button.evidence", in: language))
        let clicked = chat.click(evidence)
        #expect(clicked)
        chat.send("94014000038")
        chat.send("hello")
        #expect(chat.text.contains("+--"))
        for size in [Size(width: 80, height: 24), Size(width: 30, height: 10), Size(width: 200, height: 60)] {
            chat.resize(to: size)
            let nonASCII = chat.text.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty)
        }
    }

    @Test func verdictsUseBracketedSymbolsAndFoldedNames() {
        var chat = ChatHarness(language: .en, ascii: true)
        chat.send(Fixture.bank)
        #expect(chat.text.contains("| [OK] Holds an active licence"))
        #expect(chat.text.contains("|   AO \"Test Bank\""))
        #expect(chat.lines.contains(" [         Evidence          ] [        What to do         ]                    "))
    }

    /// The soft and hard signs fold to nothing, and the spaces after them stay (issue #16).
    @Test func russianInASCIIKeepsTheSpacesAfterSoftAndHardSigns() {
        var chat = ChatHarness(language: .ru, ascii: true)
        chat.send(Fixture.bank)
        #expect(Array(chat.lines[17...21]) == [
            " | Demonstratsionnye dannye - ne ofitsialnye reestry      |                     ",
            " | Segodnya ostalos 4 proverki.                           |                     ",
            " +------------------------------------------------- 10:00 +                     ",
            " [        Osnovaniya         ] [        Chto delat        ]                     ",
            " [      Proverit drugoy      ] [      [!] Soobshchit      ]                     ",
        ])
        chat.receive(.sendMessage(BotMessage(id: 99, text: "Найдено: ТОО «Торговый Домъ Капиталъ»", markup: .inlineKeyboard(InlineKeyboard([
            [InlineButton("⛔ Торговый Домъ Капиталъ Инвест", data: "chk:1")], [InlineButton("🔎 Проверить другой", data: "again")],
        ])))))
        #expect(Array(chat.lines[18...22]) == [
            " | Naydeno: TOO \"Torgovyy Dom Kapital\" |                                        ",
            " +------------------------------ 10:00 +                                        ",
            " [     Torgovyy Dom Kapital Invest     ]                                        ",
            " [           Proverit drugoy           ]                                        ",
            "> Soobshchenie                                                                  ",
        ])
    }

    @Test(arguments: [
        ("Сәлем, Қазақстан!", "Salem, Qazaqstan!"), ("Жёлтый щит", "Zhyoltyy shchit"), ("«Тест» — №1…", "\"Test\" - No.1..."),
        ("📄 Evidence", "Evidence"), ("café", "cafe"), ("✓✓ 10:00", "vv 10:00"), ("中", "?"),
        ("осталось 4 проверки", "ostalos 4 proverki"), ("объявлений и подъезд", "obyavleniy i podezd"), ("съ ел", "s el"),
        ("Чаи\u{0306} и е\u{0308}ж", "Chay i yozh"),  // decomposed й and ё: still the letters
    ])
    func folding(text: String, expected: String) {
        #expect(ASCIIFolding.fold(text) == expected)
    }
}
