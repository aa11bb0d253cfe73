import Testing
@testable import TekserCore

@Suite struct IdentifierMessageTests {
    let catalog = try! Catalog.bundled()

    static let everyProblem: [IdentifierProblem] = [
        .empty, .wrongLength(digits: 1), .wrongLength(digits: 3), .wrongLength(digits: 11), .wrongLength(digits: 13),
        .unexpectedCharacter("O", position: 6), .unexpectedCharacter("\u{041E}", position: 1),
        .unexpectedCharacter("l", position: 2), .unexpectedCharacter("\u{0417}", position: 3),
        .unexpectedCharacter("x", position: 12), .unexpectedCharacter("Ж", position: 4), .unexpectedCharacter(",", position: 5),
        .checkDigitMismatch(expected: 5, found: 6), .neverIssued, .unknownKind(8), .impossibleMonth(13),
        .unknownUnit(7), .unknownCentury(0), .impossibleDate(CalendarDate(year: 1985, month: 4, day: 31)),
        .impossibleDate(CalendarDate(year: 1985, month: 2, day: 29)),
    ]

    static let everyDetail: [IdentifierDetails] = {
        let binPrefixes = ["940140", "950551", "960662", "970643"]
        let iinPrefixes = ["8503123", "8503124", "0507015", "0507016", "9912311", "9912312"]
        return (binPrefixes + iinPrefixes).map { try! IdentifierParser.parse(Sample.valid(startingWith: $0)).get().details }
    }()

    static func rendered(_ message: Message) -> [(Language, String)] {
        let catalog = try! Catalog.bundled()
        return Language.allCases.map { ($0, catalog.text(message, in: $0)) }
    }

    @Test(arguments: everyProblem.map(\.message) + everyDetail.map(\.message) + IdentifierKind.allCases.map(\.message))
    func rendersInEveryLanguageWithNothingMissing(message: Message) {
        for (language, text) in Self.rendered(message) {
            #expect(!text.contains("⟦") && !text.contains("{") && !text.isEmpty, "\(language): \(text)")
        }
    }

    @Test func everyIdentifierKeyIsUsed() {
        var used = Set<String>()
        func collect(_ message: Message) {
            used.insert(message.key)
            for case .message(let inner) in message.arguments.values { collect(inner) }
        }
        (Self.everyProblem.map(\.message) + Self.everyDetail.map(\.message) + IdentifierKind.allCases.map(\.message)).forEach(collect)
        let defined = catalog.allKeys.filter { $0.hasPrefix("identifier.") }
        #expect(defined.subtracting(used).isEmpty, "unused: \(defined.subtracting(used).sorted())")
        #expect(used.subtracting(defined).isEmpty, "missing: \(used.subtracting(defined).sorted())")
    }

    @Test(arguments: [
        ("940140000385", Language.en, "registered 1994-01, resident legal entity, head office"),
        ("950341000052", .en, "registered 1995-03, resident legal entity, branch"),
        ("950341000052", .ru, "зарегистрировано 03.1995, юридическое лицо — резидент, филиал"),
        ("940140000385", .kk, "тіркелген уақыты 01.1994, резидент заңды тұлға, бас бөлімше"),
    ])
    func publicBINsRenderTheirDetails(text: String, language: Language, expected: String) throws {
        let identifier = try IdentifierParser.parse(text, referenceYear: 2026).get()
        #expect(catalog.text(identifier.details, in: language) == expected)
    }

    @Test(arguments: [
        ("8503123", Language.en, "a person's identification number"), ("8503124", .ru, "идентификационный номер физического лица"),
        ("8503125", .kk, "жеке тұлғаның сәйкестендіру нөмірі"),
    ])
    /// An IIN is a person's, and its words say nothing of what it encodes (birth date, sex).
    func iinsSayOnlyThatTheyAreAPersons(prefix: String, language: Language, expected: String) throws {
        let identifier = try IdentifierParser.parse(Sample.valid(startingWith: prefix)).get()
        #expect(catalog.text(identifier.details, in: language) == expected)
    }

    @Test(arguments: [
        ("94014O000385", Language.en, ["Latin", "“O”", "6", "digit 0"]),
        ("94014\u{041E}000385", .en, ["Cyrillic", "“\u{041E}”", "6"]),
        ("94014\u{041E}000385", .ru, ["кириллическая", "«\u{041E}»", "6-й"]),
        ("9401l0000385", .kk, ["латын", "«l»", "5-таңба", "1 цифры"]),
        ("9401Ж0000385", .en, ["letter “Ж”", "5"]),
        ("9401,40000385", .ru, ["«,»", "5-й"]),
        ("94014000038", .en, ["11 digits", "12"]),
        ("9401400003", .ru, ["10 цифр "]),
        ("940140000386", .en, ["probably a typo"]),
        ("940140000386", .ru, ["опечатка"]),
        ("940140000386", .kk, ["қате терілген"]),
    ])
    func problemsNameWhatIsWrong(typed: String, language: Language, fragments: [String]) throws {
        guard case .failure(let problem) = IdentifierParser.parse(typed) else { Issue.record("\(typed) parsed"); return }
        let text = catalog.text(problem, in: language)
        for fragment in fragments { #expect(text.contains(fragment), "\(text) lacks \(fragment)") }
    }

    @Test(arguments: [(1, "1 цифра"), (2, "2 цифры"), (5, "5 цифр"), (11, "11 цифр"), (13, "13 цифр"), (22, "22 цифры")])
    func russianCountsAgree(count: Int, fragment: String) {
        #expect(catalog.text(IdentifierProblem.wrongLength(digits: count), in: .ru).hasPrefix(fragment + " "))
    }

    @Test func aLeapDayInACommonYearSaysSo() {
        let problem = IdentifierProblem.impossibleDate(CalendarDate(year: 1985, month: 2, day: 29))
        #expect(catalog.text(problem, in: .en) == "The date of birth 1985-02-29 does not exist: 1985 is not a leap year.")
        #expect(catalog.text(problem, in: .ru).contains("29.02.1985"))
    }
}
