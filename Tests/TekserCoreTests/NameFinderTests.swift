import Testing
@testable import TekserCore
import TestSupport

@Suite struct NameFinderTests {
    static let data = try! Fixture().load()
    let checker = Checker(data: NameFinderTests.data)

    /// A name search ranks by `headlineKind`, read from two fields of each row: it must be the
    /// kind the full verdict gives, for every identifier in the data and either audience.
    @Test(arguments: [Audience.citizen, .staff])
    func theKindSearchRanksByIsTheVerdictsKind(audience: Audience) {
        let data = Self.data
        let checker = Checker(data: data, audience: audience)
        var compared = 0
        for source in data.sources {
            for row in 0..<source.rowCount {
                guard let identifier = source.standing(row: row)?.identifier else { continue }
                #expect(data.headlineKind(for: identifier.number) == checker.verdict(for: identifier).kind, "\(identifier.digits)")
                compared += 1
            }
        }
        #expect(compared > 10)
    }

    @Test(arguments: ["Быстрый доход", "«БЫСТРЫЙ ДОХОД»", "Bystryi dokhod", "Доход Быстрый", "Быстрый дохот"])
    func oneResultPerIdentifierWithTheVerdictOfAllRegistries(query: String) throws {
        let results = checker.findNames(query)
        let first = try #require(results.first)
        #expect(first.identifier?.digits == Fixture.investClub)
        #expect(first.kind == .criminalCase)
        #expect(results.filter { $0.identifier?.digits == Fixture.investClub }.count == 1)
    }

    @Test(arguments: [
        ("Инвест Клуб «Быстрый доход»", NameMatchReason.sameName),
        ("Быстрый доход Клуб Инвест", .otherOrder),
        ("Invest Klub Bystryi Dokhod", .otherScript),
        ("Инвест Клуб Быстрый дохот", .typo(letters: 1)),
        ("Быстрый доход", .allWordsTyped(extra: 2, letters: 0)),
        ("Быстрый доход Алматы", .partial(matched: 2, total: 4, letters: 0)),
    ])
    func eachResultSaysWhyItMatched(query: String, reason: NameMatchReason) throws {
        let first = try #require(checker.findNames(query).first)
        #expect(first.reason == reason)
        #expect(first.score == reason.score)
    }

    @Test func scoresFollowTheKindOfMatch() {
        let scores = [NameMatchReason.sameName, .otherOrder, .otherScript, .typo(letters: 1), .typo(letters: 2),
                      .allWordsTyped(extra: 1, letters: 0), .allWordsTyped(extra: 3, letters: 0),
                      .partial(matched: 2, total: 3, letters: 0)].map(\.score)
        #expect(scores == scores.sorted(by: >))
        #expect(Set(scores).count == scores.count)
        #expect(scores.allSatisfy { (0 ... 100).contains($0) })
    }

    @Test func aSubjectWithoutIdentifierIsOneResultForItsRow() throws {
        let first = try #require(checker.findNames("Krypto Oazis").first)
        #expect(first.identifier == nil)
        #expect(first.kind == .warningList)
        #expect(first.source.id == "warning")
        #expect(first.name == "Crypto Oasis")
        #expect(first.reason == .typo(letters: 1))
    }

    @Test func kazakhNamesOfLicensedRowsAreSearchedToo() throws {
        let first = try #require(checker.findNames("Klon Saqtandyru").first)
        #expect(first.identifier?.digits == Fixture.cloneTarget)
        #expect(first.kind == .warningList)
        #expect(first.name == "«Клон Сақтандыру» АҚ")
    }

    @Test func nothingFoundIsEmpty() {
        #expect(checker.findNames("Совершенно Неизвестная Компания").isEmpty)
        #expect(checker.findNames("«»  ...").isEmpty)
    }

    // A licensed bank and a listed subject with similar names.
    static let licensed = Fixture.csv([
        "БИН,Наименование,Атауы,Вид,Номер,Выдана,Статус,Дата статуса",
        "\(Fixture.bank),АО «Алтын Қазына»,,Банковская деятельность,1,01.02.1995,действующая,",
    ] + (0 ..< 14).map { "\(Fixture.validBIN("2101400\(String(format: "%04d", $0))")),ТОО «Алтын Тау \($0)»,,Банковская деятельность,\($0),01.02.2021,действующая," })

    static func warning(_ name: String) -> String {
        Fixture.csv(["№,Name,BIN,Site,Social,Added,Note", "1,\(name),,https://a.example,,2026-01-15,"])
    }

    @Test func theListedSubjectWinsOnlyOnAnEqualScore() throws {
        let equal = try Fixture(licensed: Self.licensed, warning: Self.warning("Алтын Қазына")).load()
        let tied = Checker(data: equal).findNames("Алтын Қазына")
        #expect(tied.prefix(2).map(\.kind) == [.warningList, .licensed])
        #expect(tied[0].score == tied[1].score)

        let similar = try Fixture(licensed: Self.licensed, warning: Self.warning("Altyn Kazyna")).load()
        let ranked = Checker(data: similar).findNames("Алтын Қазына")
        #expect(ranked.prefix(2).map(\.kind) == [.licensed, .warningList])
        #expect(ranked[0].score > ranked[1].score)
    }

    @Test func atMostTenResults() throws {
        let data = try Fixture(licensed: Self.licensed).load()
        let results = Checker(data: data).findNames("Алтын")
        #expect(results.count == 10)
        #expect(results.allSatisfy { $0.reason == .allWordsTyped(extra: 1, letters: 0) || $0.reason == .allWordsTyped(extra: 2, letters: 0) })
    }

    @Test func theIndexIsBuiltOnceAndCanBeWarmedFromAnyThread() async {
        let data = try! Fixture().load()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0 ..< 4 { group.addTask { data.prepareSearches() } }
        }
        #expect(data.nameIndex.index.count == data.nameIndex.references.count)
    }
}
