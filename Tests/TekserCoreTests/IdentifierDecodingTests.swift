import Testing
@testable import TekserCore

@Suite struct IdentifierDecodingTests {
    @Test(arguments: [
        ("940140000385", 1994, 1, BINDetails.Registrant.residentLegalEntity, BINDetails.Unit.headOffice),
        ("950341000052", 1995, 3, .residentLegalEntity, .branch),
        ("971240001315", 1997, 12, .residentLegalEntity, .headOffice),
        ("030740001404", 2003, 7, .residentLegalEntity, .headOffice),
    ])
    func publicBINsDecode(text: String, year: Int, month: Int, registrant: BINDetails.Registrant, unit: BINDetails.Unit) throws {
        let identifier = try IdentifierParser.parse(text, referenceYear: 2026).get()
        #expect(identifier.kind == .bin)
        #expect(identifier.digits == text)
        #expect(identifier.number == Sample.number(text))
        guard case .bin(let details) = identifier.details else { Issue.record("not a BIN"); return }
        #expect(details.year == year)
        #expect(details.month == month)
        #expect(details.registrant == registrant)
        #expect(details.unit == unit)
    }

    @Test(arguments: [
        ("4", BINDetails.Registrant.residentLegalEntity), ("5", .nonResidentLegalEntity), ("6", .jointVentureEntrepreneur),
    ])
    func fifthDigitGivesTheRegistrant(digit: String, registrant: BINDetails.Registrant) throws {
        let identifier = try IdentifierParser.parse(Sample.valid(startingWith: "1005" + digit + "0"), referenceYear: 2026).get()
        #expect(Self.binDetails(identifier)?.registrant == registrant)
    }

    @Test(arguments: [("0", BINDetails.Unit.headOffice), ("1", .branch), ("2", .representativeOffice), ("3", .jointVentureFarm)])
    func sixthDigitGivesTheUnit(digit: String, unit: BINDetails.Unit) throws {
        let identifier = try IdentifierParser.parse(Sample.valid(startingWith: "10054" + digit), referenceYear: 2026).get()
        #expect(Self.binDetails(identifier)?.unit == unit)
    }

    /// `YY` is `20YY` only when that is not after the reference year.
    @Test(arguments: [("26", 2026, 2026), ("26", 2025, 1926), ("30", 2026, 1930), ("30", 2030, 2030), ("00", 2026, 2000), ("99", 2026, 1999)])
    func binYearIsReadAgainstTheReferenceYear(yy: String, referenceYear: Int, year: Int) throws {
        let identifier = try IdentifierParser.parse(Sample.valid(startingWith: yy + "0640"), referenceYear: referenceYear).get()
        #expect(Self.binDetails(identifier)?.year == year)
    }

    /// Every century digit 1–6 makes an IIN, and what it encodes never reaches the words.
    @Test(arguments: ["1", "2", "3", "4", "5", "6"])
    func seventhDigitMakesAnIINWhoseWordsSayNothingItEncodes(digit: String) throws {
        let catalog = try Catalog.bundled()
        let identifier = try IdentifierParser.parse(Sample.valid(startingWith: "850312" + digit)).get()
        guard case .iin = identifier.details else { Issue.record("not an IIN"); return }
        #expect(catalog.text(identifier.details.message, in: .en) == "a person's identification number")
        for language in Language.allCases {
            let words = catalog.text(identifier.details.message, in: language)
            #expect(!words.contains("85") && !words.contains("12") && !words.contains("03"), "\(language): \(words)")
        }
    }

    @Test(arguments: [
        ("8402293", true), ("8502293", false), ("0002295", true), ("0002293", false), ("0002291", false),
        ("9612313", true), ("9611313", false), ("9604303", true), ("9604313", false), ("9601013", true),
    ])
    func birthDatesFollowTheCalendar(prefix: String, exists: Bool) {
        let result = IdentifierParser.parse(Sample.valid(startingWith: prefix))
        if exists {
            #expect(throws: Never.self) { try result.get() }
        } else if case .failure(.impossibleDate) = result {
        } else {
            Issue.record("\(prefix): expected an impossible date, got \(result)")
        }
    }

    @Test(arguments: [(1900, false), (1984, true), (1985, false), (2000, true), (2100, false), (2024, true)])
    func leapYears(year: Int, leap: Bool) {
        #expect(CalendarDate.isLeap(year) == leap)
    }

    @Test func anIINIsMaskedAndABINIsNot() throws {
        let iinText = Sample.valid(startingWith: "8503123")
        let iin = try IdentifierParser.parse(iinText).get()
        #expect(iin.masked == "•••• •••• " + iinText.suffix(4))
        #expect("\(iin)" == iin.masked)
        #expect(!"\(iin)".contains(iinText))
        let bin = try IdentifierParser.parse("940140000385").get()
        #expect(bin.masked == "940140000385")
    }

    @Test func numbersWithLeadingZerosKeepTwelveDigits() throws {
        let identifier = try Identifier(number: 30_740_001_404, referenceYear: 2026)
        #expect(identifier.digits == "030740001404")
        #expect(throws: IdentifierProblem.wrongLength(digits: 13)) { try Identifier(number: 1_940_140_000_385) }
    }

    static func binDetails(_ identifier: Identifier) -> BINDetails? {
        if case .bin(let details) = identifier.details { details } else { nil }
    }
}
