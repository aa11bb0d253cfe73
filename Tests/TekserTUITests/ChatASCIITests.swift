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

    @Test(arguments: [
        ("Сәлем, Қазақстан!", "Salem, Qazaqstan!"), ("Жёлтый щит", "Zhyoltyy shchit"), ("«Тест» — №1…", "\"Test\" - No.1..."),
        ("📄 Evidence", "Evidence"), ("café", "cafe"), ("✓✓ 10:00", "vv 10:00"), ("中", "?"),
    ])
    func folding(text: String, expected: String) {
        #expect(ASCIIFolding.fold(text) == expected)
    }
}
