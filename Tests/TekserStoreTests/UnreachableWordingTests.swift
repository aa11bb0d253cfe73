import Testing
import TekserCore
import TekserStore

/// A server's silence is told in numbers each language writes the same way: whole seconds, or
/// milliseconds, never a decimal point where Russian and Kazakh write a comma.
@Suite struct UnreachableWordingTests {
    let catalog = try! Catalog.bundled()

    @Test func wholeSecondsAreSeconds() {
        #expect(catalog.text(Unreachable.noAnswer(milliseconds: 5000), in: .ru) == "нет ответа за 5 с")
        #expect(catalog.text(Unreachable.noAnswer(milliseconds: 5000), in: .en) == "no answer within 5 s")
    }

    @Test func partsOfASecondAreMilliseconds() {
        #expect(catalog.text(Unreachable.noAnswer(milliseconds: 1500), in: .ru) == "нет ответа за 1500 мс")
        #expect(catalog.text(Unreachable.noAnswer(milliseconds: 1500), in: .kk) == "1500 мс ішінде жауап жоқ")
        #expect(catalog.text(Unreachable.noAnswer(milliseconds: 250), in: .en) == "no answer within 250 ms")
    }
}
