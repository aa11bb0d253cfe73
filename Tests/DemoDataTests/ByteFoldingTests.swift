import Foundation
import Testing
@testable import TekserCore

/// The name index folds names on their bytes (`ByteFolding`); it must give exactly the words
/// `NameFolding.words` gives (which searches use for the query), on every name of the shipped
/// and generated registries and on awkward ones.
@Suite struct ByteFoldingTests {
    static let awkward = [
        "", " ", "ТОО", "ТОО АО", "ТОО «Ъ»", "ъ ь", "Qazaq'stan", "O’Brien & Co", "Сәттілік-Invest KZ", "ТОО «Демо» ЖШС",
        "Shchuka Sh", "Xerox", "phoenix", "Ágnes Ærø Straße", "İstanbul ışık", "🚀 Demo 🚀", "a\u{0301}b", "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18",
        "\u{FEFF}Банк", "Tab\tand\nnewline", "Ёлка Єва Їжак Ўзбек",
        // The tightest cases for the scratch buffers: x spells as ks (a skeleton twice its
        // letters), ß and щ as two letters of two bytes; and a name of 10 kB.
        "xxxxxxxx", "ßßßß щщщщ", String(repeating: "Щит Xerox ", count: 1000),
    ]

    /// What the index holds for one name, folded the byte way.
    static func byteWords(_ name: String) -> (words: [[UInt8]], hash: UInt32) {
        let folded = FoldedNames([name])
        var words: [[UInt8]] = []
        var start = 0
        for end in folded.wordEnds {
            words.append(Array(folded.bytes[start ..< Int(end)]))
            start = Int(end)
        }
        return (words, folded.orderHashes[0])
    }

    static func expectSameFolding(_ name: String) {
        let expected = Array(NameFolding.words(name).prefix(FoldedNames.maxWords))
        let found = byteWords(name)
        #expect(found.words == expected, "\(name)")
        #expect(found.hash == NameIndex.orderHash(expected), "\(name)")
    }

    @Test(arguments: awkward)
    func awkwardNamesFoldAsStringsDo(name: String) {
        Self.expectSameFolding(name)
    }

    /// One `ByteFolding` folds every name of a chunk, reusing its scratch buffers: short names
    /// after long ones and long after short must leave nothing of the one before.
    @Test func namesFoldedOneAfterAnotherFoldAsEachAlone() {
        for names in [Self.awkward, Self.awkward.reversed()] {
            let folded = FoldedNames(names)
            var end = 0
            for (entry, name) in names.enumerated() {
                let count = Int(folded.wordCounts[entry])
                let ends = folded.wordEnds[end ..< end + count].map(Int.init)
                let words = zip([end == 0 ? 0 : Int(folded.wordEnds[end - 1])] + ends.dropLast(), ends).map { Array(folded.bytes[$0 ..< $1]) }
                #expect(words == Array(NameFolding.words(name).prefix(FoldedNames.maxWords)), "\(name.prefix(40))")
                end += count
            }
        }
    }

    @Test(arguments: CompiledEquivalenceTests.Folder.allCases)
    func everyRegistryNameFoldsAsItsStringDoes(folder: CompiledEquivalenceTests.Folder) throws {
        let url = try CompiledEquivalenceTests.make(folder)
        defer { try? FileManager.default.removeItem(at: url) }
        let data = try DataSet.load(directory: url)
        var count = 0
        for source in data.sources {
            for row in 0 ..< source.rowCount {
                for field in RegistryNames.nameFields(source.description.kind) {
                    guard let name = source.text(field, row: row) else { continue }
                    Self.expectSameFolding(name)
                    count += 1
                }
            }
        }
        #expect(count > 1000)
    }

    /// Invalid UTF-8 separates words, as the replacement character does when the bytes become a `String`.
    @Test func invalidBytesSeparateWords() {
        let bytes: [UInt8] = Array("Demo".utf8) + [0xFF, 0xC3] + Array("Bank".utf8) + [0xE2, 0x82] + Array("Kaspi".utf8)
        let folded = FoldedNames(chunks: 1) { _, part in bytes.withUnsafeBufferPointer { part.append(utf8: $0) } }
        let expected = NameFolding.words(String(decoding: bytes, as: UTF8.self))
        #expect(expected.count == 3)
        #expect(folded.bytes == expected.flatMap { $0 })
        #expect(folded.wordEnds.count == 3)
    }
}
