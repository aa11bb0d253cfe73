import Foundation
import Testing
@testable import DemoData
import TekserCore

/// Independent decoding of BINs and IINs, to check what the generator wrote.
enum Decode {
    static func digits(_ id: String) -> [Int]? {
        let digits = id.compactMap(\.wholeNumberValue)
        return id.count == 12 && digits.count == 12 ? digits : nil
    }

    static func checkDigitHolds(_ id: String) -> Bool {
        guard let d = digits(id) else { return false }
        return CheckDigit.compute(d.prefix(11)) == d[11]
    }

    static func isSaneBIN(_ id: String) -> Bool {
        guard let d = digits(id) else { return false }
        return (1...12).contains(d[2] * 10 + d[3]) && (4...6).contains(d[4]) && (0...3).contains(d[5])
    }

    /// The birth date an IIN encodes, if it is a real calendar date.
    static func birthDate(ofIIN id: String) -> DateComponents? {
        guard let d = digits(id), (1...6).contains(d[6]) else { return nil }
        let year = 1800 + (d[6] - 1) / 2 * 100 + d[0] * 10 + d[1]
        let components = DateComponents(year: year, month: d[2] * 10 + d[3], day: d[4] * 10 + d[5])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard components.isValidDate(in: calendar) else { return nil }
        return components
    }
}

@Suite struct IdentifierTests {
    static let demo = DemoDataSet()

    @Test func everyBINInTheDemoFilesIsValidAndDecodesSanely() throws {
        let bins = Self.demo.licensed.map(\.bin) + Self.demo.warnings.compactMap(\.bin)
            + (Self.demo.afmCases + Self.demo.mvdCases).map(\.subjectID).filter { Decode.birthDate(ofIIN: $0) == nil }
        #expect(bins.count > 500)
        for bin in bins {
            #expect(Decode.checkDigitHolds(bin), "\(bin)")
            #expect(Decode.isSaneBIN(bin), "\(bin)")
        }
    }

    @Test func theCaseFilesNameSomeIndividualsByAValidIIN() {
        let iins = (Self.demo.afmCases + Self.demo.mvdCases).map(\.subjectID).filter { !Decode.isSaneBIN($0) }
        #expect(iins.count >= 5)
        for iin in iins {
            #expect(Decode.checkDigitHolds(iin), "\(iin)")
            #expect(Decode.birthDate(ofIIN: iin) != nil, "\(iin)")
        }
    }

    @Test(arguments: [(CalendarDate(year: 1987, month: 2, day: 28), false), (CalendarDate(year: 2004, month: 12, day: 1), true), (CalendarDate(year: 1899, month: 7, day: 31), true)])
    func iinEncodesBirthDateCenturyAndSex(birth: CalendarDate, female: Bool) throws {
        let iin = try #require((0..<10).lazy.compactMap { Identifiers.iin(birth: birth, female: female, serial: $0) }.first)
        let decoded = try #require(Decode.birthDate(ofIIN: iin))
        #expect([decoded.year, decoded.month, decoded.day] == [birth.year, birth.month, birth.day])
        #expect(iin.compactMap(\.wholeNumberValue)[6] % 2 == (female ? 0 : 1))
        #expect(Decode.checkDigitHolds(iin))
    }

    @Test func aWrongCheckDigitIsDetected() throws {
        let bin = try #require(Identifiers.bin(year: 2021, month: 3, kind: .resident, unit: .headOffice, serial: 42))
        let wrong = Identifiers.withWrongCheckDigit(bin)
        #expect(Decode.checkDigitHolds(bin))
        #expect(!Decode.checkDigitHolds(wrong))
        #expect(wrong.prefix(11) == bin.prefix(11))
    }

    @Test func uniqueBINsNeverRepeatAndStayInTheirMonths() {
        var random = SplitMix64(seed: 7)
        var pool = UniqueBINs(from: (2020, 11), through: (2021, 2), serials: 0..<50, random: &random)
        let issued = (0..<150).map { _ in pool.next() }
        #expect(Set(issued.map(\.bin)).count == 150)
        #expect(issued.allSatisfy { CalendarDate(year: 2020, month: 11, day: 1) <= $0.registered && $0.registered <= CalendarDate(year: 2021, month: 2, day: 1) })
        #expect(issued.allSatisfy { Decode.checkDigitHolds($0.bin) })
    }
}
