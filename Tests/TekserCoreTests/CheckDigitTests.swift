import Testing
@testable import TekserCore

@Suite struct CheckDigitTests {
    @Test(arguments: ["940140000385", "950341000052", "971240001315", "030740001404"])
    func publicExamplesCarryTheirCheckDigit(bin: String) {
        let digits = bin.compactMap(\.wholeNumberValue)
        #expect(CheckDigit.compute(digits.prefix(11)) == digits[11])
    }

    /// Independent sums, so the test does not reuse the code under test.
    static func sums(_ d: [Int]) -> (Int, Int) {
        let w1 = Array(1...11), w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        return (zip(d, w1).map(*).reduce(0, +) % 11, zip(d, w2).map(*).reduce(0, +) % 11)
    }

    static func firstDigits(where accept: (Int, Int) -> Bool) -> [Int]? {
        for a in 0...9 { for b in 0...9 { for c in 0...9 {
            let d = [a, b, c, 0, 0, 0, 0, 0, 0, 0, 0]
            let (first, second) = sums(d)
            if accept(first, second) { return d }
        } } }
        return nil
    }

    @Test func secondWeightsAreUsedWhenTheFirstSumIsTen() throws {
        let digits = try #require(Self.firstDigits { $0 == 10 && $1 != 10 })
        #expect(CheckDigit.compute(digits) == Self.sums(digits).1)
    }

    @Test func neverIssuedWhenBothSumsAreTen() throws {
        let digits = try #require(Self.firstDigits { $0 == 10 && $1 == 10 })
        #expect(CheckDigit.compute(digits) == nil)
    }
}
