import Testing
@testable import TekserCore

@Suite struct CSVParsingTests {
    typealias Case = (text: String, rows: [[String]])

    static let quoting: [Case] = [
        ("a,\"b,c\",d\n", [["a", "b,c", "d"]]),
        ("\"line\nbreak\",x\n", [["line\nbreak", "x"]]),
        ("\"crlf\r\ninside\",x\r\n", [["crlf\r\ninside", "x"]]),
        ("\"say \"\"hi\"\"\",x\n", [["say \"hi\"", "x"]]),
        ("\"\"\"\"\n", [["\""]]),
        ("\"\",\"\"\n", [["", ""]]),
        ("a\"b,c\n", [["a\"b", "c"]]),
        ("\"ab\"cd,e\n", [["abcd", "e"]]),
        ("\"ab\" ,e\n", [["ab ", "e"]]),
        (" \"a\",b\n", [[" \"a\"", "b"]]),
        ("\"a\"\"\"\"b\",\"x\"\n", [["a\"\"b", "x"]]),
    ]

    @Test(arguments: quoting)
    func quotedFieldsAreUnescaped(_ example: Case) {
        #expect(CSVTestSupport.rows(CSVTestSupport.parse(example.text, delimiter: ",")) == example.rows)
    }

    static let lineEndings: [Case] = [
        ("a,b\nc,d\n", [["a", "b"], ["c", "d"]]),
        ("a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
        ("a,b\rc,d\r", [["a", "b"], ["c", "d"]]),
        ("a,b\nc,d", [["a", "b"], ["c", "d"]]),
        ("a,b,\nc,,", [["a", "b", ""], ["c", "", ""]]),
        ("\n\r\n\ra\n\n  \nb\n\n", [["a"], ["b"]]),
        (",\n", [["", ""]]),
        ("\"\"\n", [[""]]),
    ]

    @Test(arguments: lineEndings)
    func recordsEndAtEveryKindOfLineBreak(_ example: Case) {
        #expect(CSVTestSupport.rows(CSVTestSupport.parse(example.text, delimiter: ",")) == example.rows)
    }

    @Test func linesCountPhysicalLinesIncludingBlankOnesAndBreaksInsideQuotes() {
        let text = "h1,h2\r\n\r\nx,\"two\nlines\"\ry,z\n\n\nlast,\"cr\rlf\r\n\"\n"
        let document = CSVTestSupport.parse(text, delimiter: ",")
        #expect(CSVTestSupport.lines(document) == [1, 3, 5, 8])
        #expect(CSVTestSupport.rows(document).last == ["last", "cr\rlf\r\n"])
    }

    @Test func raggedRecordsKeepTheirOwnFieldCounts() {
        let document = CSVTestSupport.parse("a,b,c\n1\n1,2,3,4\n", delimiter: ",")
        #expect((0..<document.recordCount).map(document.fieldCount(ofRecord:)) == [3, 1, 4])
        #expect(document.string(document.field(3, ofRecord: 2)) == "4")
        #expect(document.malformed.isEmpty)
    }

    @Test(arguments: ["", "\n", "\r\n\r\n", "   \n"])
    func fileWithoutContentHasNoRecords(_ text: String) {
        let document = CSVTestSupport.parse(text)
        #expect(document.recordCount == 0)
        #expect(document.malformed.isEmpty)
    }

    @Test(arguments: ["БИН;Атауы", "БИН;Атауы\n", "БИН;Атауы\r\n\r\n"])
    func headerOnlyFileHasOneRecord(_ text: String) {
        let document = CSVTestSupport.parse(text)
        #expect(CSVTestSupport.rows(document) == [["БИН", "Атауы"]])
        #expect(document.delimiter == UInt8(ascii: ";"))
    }

    @Test(arguments: [("a,b\nc,\"open\nstill open", 3), ("a,b\nc,\"open\nstill open\n", 3), ("a,b\r\nc,\"open\r\n\r\nx\r\n", 4),
                      ("a,b\nc,\"open", 2)])
    func unterminatedQuoteMakesTheLastRecordMalformedAndSaysHowFarItRan(text: String, lastLine: Int) {
        let document = CSVTestSupport.parse(text, delimiter: ",")
        #expect(CSVTestSupport.rows(document)[0] == ["a", "b"])
        #expect(document.malformed == [CSVMalformedRecord(record: 1, line: 2, reason: .unterminatedQuote(lastLine: lastLine))])
    }

    @Test func quotesAreUnescapedInPlaceWithoutGrowingTheText() {
        let text = "\"x\"\"y\",\"plain\"\n"
        let document = CSVTestSupport.parse(text, delimiter: ",")
        #expect(document.bytes.count == text.utf8.count)
        #expect(document.fields(ofRecord: 0).allSatisfy { $0.range.upperBound <= document.bytes.count })
        #expect(CSVTestSupport.rows(document) == [["x\"y", "plain"]])
    }

    @Test func longQuotedFieldsCrossingWordBoundariesAreCopiedWhole() {
        let long = String(repeating: "Қазақстан, \"Ұлттық\" банкі; ", count: 20)
        let escaped = "\"" + long.map { $0 == "\"" ? "\"\"" : String($0) }.joined() + "\""
        let document = CSVTestSupport.parse("\(escaped),tail\n\(escaped)\n", delimiter: ",")
        #expect(CSVTestSupport.rows(document) == [[long, "tail"], [long]])
    }

    @Test func trimmedDropsSurroundingSpacesAndTabsOnly() {
        let document = CSVTestSupport.parse(" \t БИН 1 \t;\"  \";x\n", delimiter: ";")
        let fields = document.fields(ofRecord: 0).map { document.string(document.trimmed($0)) }
        #expect(fields == ["БИН 1", "", "x"])
    }
}
