import Testing
@testable import TekserTUI

@Suite struct InputDecoderTests {
    private func decode(_ batches: [RawInput]..., metaBitMeansAlt: Bool = false) -> [InputEvent] {
        var decoder = InputDecoder(metaBitMeansAlt: metaBitMeansAlt)
        return batches.flatMap { decoder.decode($0) }
    }

    private func characters(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .character($0.value) }
    }

    @Test func typedCharactersOneAtATime() {
        #expect(decode(characters("қ"), characters("🏦"), characters("a")) == [.text("қ"), .text("🏦"), .text("a")])
    }

    @Test func altDigitArrivesAsEscapeThenDigit() {
        #expect(decode([.character(0x1B), .character(0x31)]) == [.alt("1")])
        #expect(decode([.character(0x1B)], [.character(0x78)]) == [.alt("x")])
    }

    @Test func altWithTheMetaBit() {
        #expect(decode([.character(0x80 | 0x31)], metaBitMeansAlt: true) == [.alt("1")])
        #expect(decode([.character(0xE1)], metaBitMeansAlt: false) == [.text("á")])
    }

    @Test func loneEscapeNeedsTheTimeout() {
        var decoder = InputDecoder()
        #expect(decoder.decode([.character(0x1B)]).isEmpty)
        #expect(decoder.isAwaitingEscapeFollowUp)
        #expect(decoder.decode([.timeout]) == [.escape])
        #expect(!decoder.isAwaitingEscapeFollowUp)
    }

    @Test func escapeBeforeAKeyOrAnotherEscape() {
        #expect(decode([.character(0x1B), .key(CursesKey.up)]) == [.escape, .up])
        #expect(decode([.character(0x1B), .character(0x1B)], [.timeout]) == [.escape, .escape])
        #expect(decode([.character(0x1B), .character(0x0D)]) == [.escape, .enter])
    }

    @Test(arguments: [
        (CursesKey.up, InputEvent.up), (CursesKey.down, .down), (CursesKey.left, .left), (CursesKey.right, .right),
        (CursesKey.home, .home), (CursesKey.end, .end), (CursesKey.previousPage, .pageUp),
        (CursesKey.nextPage, .pageDown), (CursesKey.backspace, .backspace), (CursesKey.delete, .delete),
        (CursesKey.enter, .enter), (CursesKey.backTab, .backTab),
        (CursesKey.f0 + 1, .function(1)), (CursesKey.f0 + 12, .function(12)),
    ])
    func cursesKeys(code: Int32, event: InputEvent) {
        #expect(decode([.key(code)]) == [event])
    }

    @Test func unknownKeysAreDropped() {
        #expect(decode([.key(0o777), .key(CursesKey.f0)]).isEmpty)
    }

    @Test(arguments: [
        (UInt32(0x0D), InputEvent.enter), (0x0A, .enter), (0x09, .tab), (0x7F, .backspace), (0x08, .backspace),
        (0x03, .control("c")), (0x01, .control("a")), (0x1A, .control("z")), (0x00, .control("@")),
        (0x1F, .control("_")),
    ])
    func controlCodes(code: UInt32, event: InputEvent) {
        #expect(decode([.character(code)]) == [event])
    }

    @Test func mouseAndResize() {
        let point = Point(x: 12, y: 7)
        #expect(decode([.mouse(.left, point), .mouse(.wheelUp, point), .mouse(.wheelDown, point)])
            == [.click(point), .wheelUp(point), .wheelDown(point)])
        #expect(decode([.resize(Size(width: 40, height: 5))]) == [.resize(Size(width: 40, height: 5))])
    }

    @Test func aBurstIsAPasteWithItsNewlines() {
        let burst = characters("БСН:\r940140000385\r\nӘ ✅")
        #expect(decode(burst) == [.paste("БСН:\n940140000385\nӘ ✅")])
    }

    @Test func keysAroundABurstStaySeparate() {
        let events = decode([.key(CursesKey.left)] + characters("қаржы") + [.character(0x0D)] + [.character(0x1B), .character(0x32)])
        #expect(events == [.left, .paste("қаржы"), .enter, .alt("2")])
    }

    /// A fast typist's "4827⏎" in one read is the digits and Enter, not a line to edit further.
    @Test func aBurstEndingInANewlineIsTypedAndEntered() {
        #expect(decode(characters("4827\r")) == [.paste("4827"), .enter])
        #expect(decode(characters("12\r")) == [.text("1"), .text("2"), .enter])
        #expect(decode(characters("БСН\n940140000385\r\n")) == [.paste("БСН\n940140000385"), .enter])
    }

    /// Enter and the next line's first keys in one read (the desk under load): Enter, then typing.
    @Test func aBurstStartingWithANewlineIsEnterThenTheText() {
        #expect(decode(characters("\r12345")) == [.enter, .paste("12345")])
        #expect(decode(characters("\r\r12")) == [.enter, .enter, .text("1"), .text("2")])
        #expect(decode(characters("\rcaller unsure\r")) == [.enter, .paste("caller unsure"), .enter])
    }

    @Test func aMultiScalarCharacterIsOneTextEvent() {
        #expect(decode(characters("🇰🇿")) == [.text("🇰🇿")])
        #expect(decode(characters("e\u{301}")) == [.text("é")])
        #expect(decode(characters("ab")) == [.text("a"), .text("b")])
    }
}
