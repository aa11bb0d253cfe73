import Testing
@testable import TekserCore

@Suite struct CSVRobustnessTests {
    /// Bytes weighted towards the ones the parser reacts to, densely or sparsely (long runs
    /// reach the word-at-a-time loops), so the garbage exercises every state.
    static func garbage(count: Int, using generator: inout SeededGenerator) -> [UInt8] {
        let interesting: [UInt8] = Array("\"\"\",;\t\r\n ".utf8) + [0xEF, 0xBB, 0xBF, 0xD2, 0x9A]
        let oneIn = [2, 8, 40].randomElement(using: &generator)!
        return (0..<count).map { _ in
            Int.random(in: 0..<oneIn, using: &generator) == 0
                ? interesting.randomElement(using: &generator)!
                : UInt8.random(in: 0...255, using: &generator)
        }
    }

    @Test func randomBytesNeverEscapeTheBuffer() {
        var generator = SeededGenerator(state: 4180)
        for _ in 0..<3000 {
            let raw = Self.garbage(count: Int.random(in: 0...300, using: &generator), using: &generator)
            let encoding = [nil, TextEncoding.utf8, .cp1251, .kz1048].randomElement(using: &generator)!
            let delimiter = [nil, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")].randomElement(using: &generator)!
            let document = CSVDocument.parse(raw, encoding: encoding, delimiter: delimiter)
            var previousLine = 0
            for record in 0..<document.recordCount {
                #expect(document.fieldCount(ofRecord: record) >= 1)
                #expect(document.line(ofRecord: record) > previousLine)
                previousLine = document.line(ofRecord: record)
                for field in document.fields(ofRecord: record) {
                    #expect(field.range.upperBound <= document.bytes.count, "\(raw)")
                }
            }
            #expect(document.malformed.count <= 1)
            #expect(document.malformed.allSatisfy { $0.record == document.recordCount - 1 })
        }
    }

    @Test func utf8GarbageKeepsItsLengthAndTranscodedGarbageOnlyGrows() {
        var generator = SeededGenerator(state: 1251)
        for _ in 0..<500 {
            let raw = Self.garbage(count: 200, using: &generator)
            #expect(CSVDocument.parse(raw, encoding: .utf8).bytes.count == raw.count)
            #expect(CSVDocument.parse(raw, encoding: .cp1251).bytes.count >= raw.count)
        }
    }

    @Test func fileTooLargeForThirtyTwoBitOffsetsIsRefused() {
        let raw = Array("a,b\nc,d\n".utf8)
        let document = CSVDocument.parse(raw, encoding: nil, delimiter: nil, byteLimit: 7)
        #expect(document.recordCount == 0)
        #expect(document.malformed == [CSVMalformedRecord(record: 0, line: 0, reason: .fileTooLarge(byteCount: 8))])
        #expect(CSVDocument.parse(raw, encoding: nil, delimiter: nil, byteLimit: 8).recordCount == 2)
    }

    @Test func transcodedSizeIsWhatCountsAgainstTheLimit() {
        let raw: [UInt8] = [0xC0, 0xC1, 0x0A]  // "АБ\n": three bytes, five in UTF-8
        let refused = CSVDocument.parse(raw, encoding: .cp1251, delimiter: nil, byteLimit: 4)
        #expect(refused.malformed.map(\.reason) == [.fileTooLarge(byteCount: 5)])
        #expect(CSVDocument.parse(raw, encoding: .cp1251, delimiter: nil, byteLimit: 5).recordCount == 1)
    }
}
