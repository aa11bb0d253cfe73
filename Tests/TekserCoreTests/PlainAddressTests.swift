import Foundation
import Testing
@testable import TekserCore

/// The fast path of the link parser takes apart exactly what `URLComponents` would, and
/// leaves everything else to it.
@Suite struct PlainAddressTests {
    @Test(arguments: [
        "https://demo-bit-online.kz", "https://www.Demo-Maining-KZ.kz/", "HTTP://t.me/demo_bit_online", "vk.com/Demo.Trade~24/",
        "https://instagram.com/demo_trade_24", "example.kz/ru//a/", "https://1.2.3.4/x", "https://a.b.c.kz/x-y/z_w/index.html",
        "https://sub.domain-with-hyphens.kz/deep/path/that/goes/on",
    ])
    func plainAddressesSplitAsURLComponentsDoes(text: String) throws {
        let plain = try #require(PlainAddress(text))
        let parts = try LinkParser.foundationParts(text).get()
        #expect(plain.host == parts.host)
        #expect(plain.path == parts.path)
        #expect(parts.query.isEmpty)
    }

    @Test(arguments: [
        "https://-demo.kz", "https://demo-.kz", "https://demo..kz", "https://.demo.kz", "demo.kz.", "https://demo.kz:8443/x",
        "https://demo.kz/?a=1", "https://demo.kz/#top", "https://demo.kz/%D0%B0", "https://демо.қаз", "https://demo_x.kz",
        "ftp://demo.kz", "mailto:a@demo.kz", "//demo.kz", "demo", "https://user@demo.kz", "https://demo.kz/a b", "https://",
    ])
    func anythingElseGoesToURLComponents(text: String) {
        #expect(PlainAddress(text) == nil)
    }
}

/// A warning-list cell of ASCII and Cyrillic text is split on its bytes; it gives the links the
/// split by `Character`s gives, and any other text is left to that split.
@Suite struct LinkCellSplitTests {
    static func byCharacters(_ cell: String) -> [String] {
        cell.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }).map(String.init)
    }

    static func byBytes(_ cell: String) -> [String]? {
        var cell = cell, links: [String] = []
        return cell.withUTF8 { RowReader.split(links: $0, into: &links) } ? links : nil
    }

    @Test(arguments: [
        "https://t.me/demo https://vk.com/demo", "https://демо-береке-плюс.қаз\nhttps://демо-береке-плюс.рф", "a.kz,b.kz;c.kz\r\nd.kz",
        "  ", "", "https://сәттілік-ғұһіүөң.қаз/жол ,\t@demo", "ӘҒҚҢӨҰҮҺІ.kz", "\u{0482}a.kz \u{048A}b.kz,\u{0400}\u{04FF}.kz",
    ])
    func asciiAndCyrillicCellsSplitAsByCharacters(cell: String) throws {
        #expect(try #require(Self.byBytes(cell)) == Self.byCharacters(cell))
    }

    /// A combining mark joins the separator before it in one grapheme, which is then no separator;
    /// a space other than ASCII's, an emoji, a stray byte: all are split by `Character`s.
    @Test(arguments: ["a.kz \u{0483}b.kz", "a.kz,\u{0301}b.kz", "a.kz\u{00A0}b.kz", "a.kz 😀 b.kz", "a.kz\u{3000}b.kz"])
    func otherTextIsLeftToTheCharacterSplit(cell: String) {
        #expect(Self.byBytes(cell) == nil)
    }

    /// A row's links are those of its joined columns, whichever way each column is split.
    @Test(arguments: [["https://a.kz", "b.kz c.kz"], ["", "d.kz"], ["a.kz", "b.kz \u{0483}c.kz"], ["a.kz\u{00A0}x.kz", "б.kz"], ["", ""]])
    func aRowsLinksAreTheSplitOfItsJoinedColumns(columns: [String]) {
        let line = columns.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
        let rows = CSVRows(document: CSVDocument.parse(Array(line.utf8)), columns: [.links: [0, 1]], records: [0])
        let expected = Self.byCharacters(columns.filter { !$0.isEmpty }.joined(separator: " "))
        #expect(RowReader(rows: rows, record: 0).links() == expected)
    }

    /// Random cells of separators, Latin and Cyrillic letters, combining marks, other spaces and
    /// emoji: whenever the byte split takes a cell, it gives the `Character` split's links.
    @Test func randomCellsSplitOnBytesAsByCharacters() {
        let pieces = ["a", "Z", ".", "/", ":", " ", ",", ";", "\t", "\r\n", "\n", "ә", "Қ", "ё", "\u{0400}", "\u{04FF}", "\u{0482}",
                      "\u{0483}", "\u{0489}", "\u{048A}", "\u{0301}", "\u{00A0}", "\u{2003}", "😀", "«", "\u{200D}"]
        var generator = SeededGenerator(state: 483)
        var taken = 0
        for _ in 0 ..< 20_000 {
            let cell = (0 ..< Int.random(in: 0 ... 12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            guard let split = Self.byBytes(cell) else { continue }
            taken += 1
            #expect(split == Self.byCharacters(cell), "\(cell.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(taken > 1000)
    }

    @Test func aStrayByteIsLeftToTheCharacterSplit() {
        var links: [String] = []
        for bytes in [[0x61, 0xD0], [0xD0, 0x20], [0x80, 0x61], [0xE2, 0x80, 0x83]] as [[UInt8]] {
            #expect(!bytes.withUnsafeBufferPointer { RowReader.split(links: $0, into: &links) })
        }
        #expect(links.isEmpty)
    }

    /// Printable ASCII at both ends is returned as it is; the answer is Foundation's either way.
    @Test(arguments: ["x", "https://a.kz", " x", "x ", "\u{00A0}x\u{2003}", "\n", "", "a\u{0301}", "x\t", "~ a ~"])
    func trimmingKeepsItsAnswerOnEveryShape(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
