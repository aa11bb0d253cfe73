import Testing
@testable import TekserCore

@Suite struct IdentifierFastPathTests {
    @Test(arguments: Sample.publicBINs)
    func publicBINsAreReadFromBytes(text: String) {
        #expect(Identifier.number(fromASCII: Array(text.utf8)) == Sample.number(text))
    }

    @Test(arguments: ["940140000386", "94014000038", "9401400003850", "94014O000385", " 94014000038", "", "9401400003８5"])
    func anythingElseIsRejected(text: String) {
        #expect(Identifier.number(fromASCII: Array(text.utf8)) == nil)
    }

    @Test func readsASliceOfARawBuffer() {
        let row = Array("Halyk;940140000385;bank".utf8)
        let number = row.withUnsafeBytes { buffer in
            Identifier.number(fromASCII: UnsafeRawBufferPointer(rebasing: buffer[6..<18]))
        }
        #expect(number == 940_140_000_385)
    }

    /// The fast path and the full parser agree with an independent sum.
    @Test func agreesWithTheIndependentCheckOnRandomNumbers() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let number = UInt64.random(in: 0..<1_000_000_000_000, using: &generator)
            let text = String(repeating: "0", count: 12 - String(number).count) + String(number)
            let valid = Sample.isValid(text)
            #expect((Identifier.number(fromASCII: Array(text.utf8)) == number) == valid, "\(text)")
            switch IdentifierParser.parse(text) {
            case .failure(.checkDigitMismatch), .failure(.neverIssued): #expect(!valid, "\(text)")
            default: #expect(valid, "\(text)")
            }
        }
    }

    @Test(arguments: [
        (940_140_000_385 as UInt64, IdentifierKind.bin), (30_740_001_404, .bin), (850_312_300_000, .iin),
        (850_312_000_000, .iin), (940_160_000_000, .bin), (940_150_000_000, .bin), (940_130_000_000, .iin), (940_100_000_000, .iin),
    ])
    func kindComesFromTheFifthDigit(number: UInt64, kind: IdentifierKind) {
        #expect(IdentifierKind(number: number) == kind)
    }

    @Test(arguments: [940_170_000_000 as UInt64, 940_180_000_000, 940_190_000_000])
    func fifthDigitSevenToNineIsNoKind(number: UInt64) {
        #expect(IdentifierKind(number: number) == nil)
    }
}
