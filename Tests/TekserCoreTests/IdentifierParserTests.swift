import Testing
@testable import TekserCore

@Suite struct IdentifierParserTests {
    static let typedForms = [
        "940140000385", "  940140000385\n", "9401 4000 0385", "9401\u{00A0}4000\u{202F}0385", "9401\t4000 0385",
        "9401-4000-0385", "9401\u{2010}4000\u{2013}0385", "9401\u{2014}4000\u{2011}0385", "940.140.000.385",
        "БИН 940140000385", "бин:940140000385", "БИН : 9401 4000 0385", "BIN: 940140000385", "bin940140000385",
        "Bin-940140000385", "БСН:940140000385", "бсн 940140000385", "ИИН 940140000385", "жсн: 940140000385",
        "IIN:940140000385", "iin 9401 4000 0385", "\u{200B}9401\u{00AD}40000385\u{FEFF}",
        "\u{FF19}\u{FF14}\u{FF10}\u{FF11}\u{FF14}\u{FF10}\u{FF10}\u{FF10}\u{FF10}\u{FF13}\u{FF18}\u{FF15}",
    ]

    @Test(arguments: typedForms)
    func typedFormsNormaliseToTwelveDigits(typed: String) throws {
        #expect(IdentifierParser.normalise(typed) == "940140000385")
        let identifier = try IdentifierParser.parse(typed, referenceYear: 2026).get()
        #expect(identifier.number == 940_140_000_385)
    }

    @Test(arguments: [
        ("Binance", "Binance"), ("ТОО Ромашка", "ТООРомашка"), ("БИНО", "БИНО"), ("9401,4000", "9401,4000"),
        ("BIN: 94O1", "94O1"), ("БИН:", ""),
    ])
    func prefixIsDroppedOnlyBeforeTheNumber(typed: String, normalised: String) {
        #expect(IdentifierParser.normalise(typed) == normalised)
    }

    static let faults: [(String, IdentifierProblem)] = [
        ("", .empty),
        ("   ", .empty),
        ("BIN:", .empty),
        ("- . \u{00A0}", .empty),
        ("94014000038", .wrongLength(digits: 11)),
        ("9401400003855", .wrongLength(digits: 13)),
        ("1", .wrongLength(digits: 1)),
        ("94014O000385", .unexpectedCharacter("O", position: 6)),
        ("БИН 9401 4\u{043E}000385", .unexpectedCharacter("\u{043E}", position: 6)),
        ("94014000038x", .unexpectedCharacter("x", position: 12)),
        ("9401400003", .wrongLength(digits: 10)),
        ("9401/40000385", .unexpectedCharacter("/", position: 5)),
        ("ТОО Ромашка", .unexpectedCharacter("Т", position: 1)),
        // A letter among too few digits: the letter is named, the count would mislead.
        ("94014O00038", .unexpectedCharacter("O", position: 6)),
        ("940140000386", .checkDigitMismatch(expected: 5, found: 6)),
        (Sample.neverIssued(), .neverIssued),
        (Sample.valid(startingWith: "94017"), .unknownKind(7)),
        (Sample.valid(startingWith: "94019"), .unknownKind(9)),
        (Sample.valid(startingWith: "94134"), .impossibleMonth(13)),
        (Sample.valid(startingWith: "94004"), .impossibleMonth(0)),
        (Sample.valid(startingWith: "940147"), .unknownUnit(7)),
        (Sample.valid(startingWith: "940144"), .unknownUnit(4)),
        (Sample.valid(startingWith: "8503120"), .unknownCentury(0)),
        (Sample.valid(startingWith: "8503127"), .unknownCentury(7)),
        (Sample.valid(startingWith: "8513123"), .impossibleMonth(13)),
        (Sample.valid(startingWith: "8504313"), .impossibleDate(CalendarDate(year: 1985, month: 4, day: 31))),
        (Sample.valid(startingWith: "8502293"), .impossibleDate(CalendarDate(year: 1985, month: 2, day: 29))),
        (Sample.valid(startingWith: "8502003"), .impossibleDate(CalendarDate(year: 1985, month: 2, day: 0))),
        (Sample.valid(startingWith: "0002293"), .impossibleDate(CalendarDate(year: 1900, month: 2, day: 29))),
        (Sample.valid(startingWith: "0002291"), .impossibleDate(CalendarDate(year: 1800, month: 2, day: 29))),
    ]

    @Test(arguments: faults)
    func eachFaultIsReportedWithItsReason(typed: String, problem: IdentifierProblem) {
        #expect(IdentifierParser.parse(typed, referenceYear: 2026) == .failure(problem))
    }

    @Test func aWrongCheckDigitIsReportedBeforeAnImpossibleStructure() {
        let bad = Sample.badCheckDigit(startingWith: "94018")
        #expect(IdentifierParser.parse(bad.text) == .failure(.checkDigitMismatch(expected: bad.expected, found: bad.found)))
    }

    @Test(arguments: [
        "940140000385", "9401 4000 0385", "94014000038", "9401400003855", "94O14OOOO385", "12345678",
        "БИН", "BIN: 94O1", "ИИН 8503", "9401-4000-038", "\u{200B}940140000385",
    ])
    func attemptsAtAnIdentifierAreRecognised(text: String) {
        #expect(IdentifierParser.looksLikeIdentifier(text))
    }

    @Test(arguments: [
        "", "   ", "ТОО Ромашка", "Binance", "Bingo 2024", "https://pyramid.kz", "pyramid.kz", "@pyramid_kz",
        "t.me/940140000385", "+7 701 123 45 67", "1234567", "12345678901234567", "Компания 12345678",
        "OOOOOOOOlll", "940140000385 940140000386",
    ])
    func namesLinksAndOtherTextAreNot(text: String) {
        #expect(!IdentifierParser.looksLikeIdentifier(text))
    }
}
