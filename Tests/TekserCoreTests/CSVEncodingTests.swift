import Testing
@testable import TekserCore

@Suite struct CSVEncodingTests {
    static let upperHalf = Array(UInt8(0x80)...UInt8(0xFF))

    @Test(arguments: [(TextEncoding.cp1251, CSVTestSupport.cp1251UpperHalf),
                      (TextEncoding.kz1048, CSVTestSupport.kz1048UpperHalf)])
    func codePageTablesMatchPython(encoding: TextEncoding, expected: String) {
        let document = CSVDocument.parse(Self.upperHalf, encoding: encoding, delimiter: UInt8(ascii: ","))
        #expect(Array(document.string(document.field(0, ofRecord: 0)).unicodeScalars) == Array(expected.unicodeScalars))
    }

    @Test func kazakhLettersComeOutOfKZ1048() {
        let bytes: [UInt8] = [0x8D, 0xE0, 0xE7, 0xE0, 0x9D, 0x3B, 0xA3, 0xBC, 0xAA, 0xBA, 0xBD, 0xBE,
                              0xA5, 0xB4, 0xA1, 0xA2, 0xAF, 0xBF, 0x8E, 0x9E, 0xB2, 0xB3, 0x0A]
        let document = CSVDocument.parse(bytes, encoding: .kz1048, delimiter: UInt8(ascii: ";"))
        #expect(CSVTestSupport.rows(document) == [["Қазақ", "ӘәҒғҢңӨөҰұҮүҺһІі"]])
    }

    @Test func russianLettersComeOutOfCP1251() {
        let bytes: [UInt8] = [0xCE, 0xE1, 0xF9, 0xE5, 0xF1, 0xF2, 0xE2, 0xEE, 0x2C, 0xA8, 0xB8, 0xB9, 0x0D, 0x0A]
        let document = CSVDocument.parse(bytes, encoding: .cp1251, delimiter: UInt8(ascii: ","))
        #expect(CSVTestSupport.rows(document) == [["Общество", "Ёё№"]])
    }

    static let kazakhText = "БСН;Атауы\n123456789012;\"Қазақстан Республикасы Ұлттық Банкі\"\n"
        + "987654321098;Әлеуметтік көмек, ғылым және өнер қоры\n"
    static let russianText = "БИН;Наименование\n123456789012;\"ТОО \"\"Общество с ограниченной ответственностью\"\"\"\n"
        + "987654321098;Микрофинансовая организация «Честный займ»\n"

    @Test(arguments: [(kazakhText, TextEncoding.kz1048), (russianText, .cp1251)])
    func singleByteEncodingIsDetected(text: String, encoding: TextEncoding) {
        let table = encoding == .kz1048 ? CSVTestSupport.kz1048UpperHalf : CSVTestSupport.cp1251UpperHalf
        let document = CSVDocument.parse(CSVTestSupport.encode(text, upperHalf: table))
        #expect(document.encoding == encoding)
        #expect(CSVTestSupport.rows(document) == CSVTestSupport.rows(CSVTestSupport.parse(text)))
    }

    @Test func russianTextWithAFewUkrainianLettersStaysCP1251() {
        let text = String(repeating: "Общество с ограниченной ответственностью;", count: 10) + "Київ, Євроклуб\n"
        let document = CSVDocument.parse(CSVTestSupport.encode(text, upperHalf: CSVTestSupport.cp1251UpperHalf))
        #expect(document.encoding == .cp1251)
        #expect(document.string(document.fields(ofRecord: 0).last!) == "Київ, Євроклуб")
    }

    @Test func validUTF8IsDetectedAndKeptAsItIs() {
        let text = "БИН,Атауы\n1,Қазақстан 🇰🇿\n"
        let document = CSVDocument.parse(Array(text.utf8))
        #expect(document.encoding == .utf8)
        #expect(document.bytes == Array(text.utf8))
    }

    @Test(arguments: [nil, TextEncoding.utf8])
    func byteOrderMarkIsStripped(encoding: TextEncoding?) {
        let document = CSVDocument.parse(TextEncoding.utf8ByteOrderMark + Array("БИН,x\n1,2\n".utf8), encoding: encoding)
        #expect(document.encoding == .utf8)
        #expect(Array(document.bytes.prefix(3)) != TextEncoding.utf8ByteOrderMark)
        #expect(document.string(document.field(0, ofRecord: 0)) == "БИН")
    }

    @Test func byteOrderMarkAloneIsAnEmptyFile() {
        let document = CSVDocument.parse(TextEncoding.utf8ByteOrderMark)
        #expect(document.bytes.isEmpty && document.recordCount == 0)
    }

    @Test(arguments: [("a,b;c;d\n", ";"), ("a\tb\tc;d\n", "\t"), ("a,b\n", ","), ("abc\n", ","),
                      ("a;b,c\tx\n", ","), ("\"a;b;c\",d\n", ","), ("\n\na;b\n", ";"), ("\"x\ny;z;w\",v,u\n", ",")])
    func delimiterIsTheMostFrequentOutsideQuotesInTheFirstRecord(text: String, delimiter: Character) {
        #expect(CSVTestSupport.parse(text).delimiter == delimiter.asciiValue)
    }

    @Test func givenDelimiterIsUsedEvenIfAnotherIsMoreFrequent() {
        let document = CSVTestSupport.parse("a;b;c,d\n", delimiter: ",")
        #expect(CSVTestSupport.rows(document) == [["a;b;c", "d"]])
    }

    /// The word-at-a-time validator against the standard library, on random mixes of
    /// ASCII, two-, three- and four-byte characters with some bytes broken.
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = SeededGenerator(state: 1048)
        let pieces: [[UInt8]] = ["a", ",", "Қ", "ж", "€", "𝔸", "🇰🇿"].map { Array($0.utf8) }
            + [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0x80], [0xD0]]
        for round in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let broken = round % 2 == 0
            let bytes = (0..<length).flatMap { _ in
                pieces[Int.random(in: 0..<(broken ? pieces.count : 7), using: &generator)]
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == expected, "\(bytes)")
        }
    }

    /// Broken sequences at every offset within the eight-byte words of the fast path.
    @Test(arguments: 0..<16)
    func brokenSequencesAreRejectedAtEveryOffset(offset: Int) {
        let before = Array(repeating: UInt8(ascii: "a"), count: offset)
        let after = Array("жжжжжжжжжж".utf8)
        let broken: [[UInt8]] = [[0xC0, 0x80], [0xC1, 0xBF], [0xD0], [0x80], [0xD0, 0xD0], [0xE2, 0x82], [0xF0, 0x9F, 0x98]]
        for bytes in broken.map({ before + $0 + after }) {
            #expect(!bytes.withUnsafeBufferPointer(UTF8Validation.isValid), "\(bytes)")
        }
        #expect((before + Array("ж€𝔸".utf8) + after).withUnsafeBufferPointer(UTF8Validation.isValid))
    }
}
