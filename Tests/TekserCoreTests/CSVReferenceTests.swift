import Testing
@testable import TekserCore

/// The word-at-a-time scanner against a plain byte-by-byte state machine written for this test.
@Suite struct CSVReferenceTests {
    struct Parsed: Equatable {
        var rows: [[[UInt8]]] = []
        var lines: [Int] = []
        var unterminated: [Int] = []
    }

    enum State { case fieldStart, plain, quoted, quoteInQuoted }

    static func reference(_ bytes: [UInt8], delimiter: UInt8) -> Parsed {
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var parsed = Parsed()
        var i = 0, line = 1
        while i < bytes.count {
            let firstLine = line
            var row: [[UInt8]] = [], field: [UInt8] = []
            var state = State.fieldStart, anyQuoted = false, recordEnded = false
            while i < bytes.count && !recordEnded {
                let c = bytes[i]
                i += 1
                let lineBreak = c == lf || c == cr
                if lineBreak && c == cr && i < bytes.count && bytes[i] == lf && state != .quoted { i += 1 }
                switch (state, c) {
                case (.quoted, quote): state = .quoteInQuoted
                case (.quoted, _):
                    if c == lf || (c == cr && (i == bytes.count || bytes[i] != lf)) { line += 1 }
                    field.append(c)
                case (.quoteInQuoted, quote): field.append(quote); state = .quoted
                case (.fieldStart, quote): state = .quoted; anyQuoted = true
                case (_, delimiter): row.append(field); field = []; state = .fieldStart
                case _ where lineBreak: line += 1; recordEnded = true
                default: field.append(c); state = state == .fieldStart ? .plain : state == .quoteInQuoted ? .plain : state
                }
            }
            row.append(field)
            if row.count == 1 && !anyQuoted && field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if state == .quoted { parsed.unterminated.append(parsed.rows.count) }
            parsed.rows.append(row)
            parsed.lines.append(firstLine)
        }
        return parsed
    }

    static func scanned(_ bytes: [UInt8], delimiter: UInt8) -> Parsed {
        let document = CSVDocument.parse(bytes, encoding: .utf8, delimiter: delimiter)
        return Parsed(rows: (0..<document.recordCount).map { record in
                          document.fields(ofRecord: record).map { Array(document.bytes[$0.range]) }
                      },
                      lines: (0..<document.recordCount).map(document.line(ofRecord:)),
                      unterminated: document.malformed.map(\.record))
    }

    @Test(arguments: [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")])
    func scannerAgreesWithTheReference(delimiter: UInt8) {
        var generator = SeededGenerator(state: 4180 + UInt64(delimiter))
        let pieces = ["a", "ж", ",", ";", "\t", "\"", "\"\"", "\n", "\r", "\r\n", " ", "Қазақстан Республикасы"]
            .map { Array($0.utf8) }
        for _ in 0..<2000 {
            let count = Int.random(in: 0...60, using: &generator)
            let bytes = (0..<count).flatMap { _ in pieces.randomElement(using: &generator)! }
            #expect(Self.scanned(bytes, delimiter: delimiter) == Self.reference(bytes, delimiter: delimiter),
                    "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        }
    }
}
