import Testing
import TestSupport
@testable import TekserCore

/// Clone firms found in a loaded data set and shown both ways.
@Suite struct ImpostorIndexTests {
    static let fixture = try! Fixture.withImpostors()
    static let data = try! fixture.load()
    let catalog = try! Catalog.bundled()

    @Test func everyCloneIsFoundAndNothingElse() {
        let found = Self.data.impostors.all.map { "\($0.impostor) → \($0.licensee.bin.digits) \($0.via.code)" }
        #expect(found.sorted() == [
            "afm:5 → \(Fixture.bank) name",
            "warning:6 → \(Fixture.bank) name",
            "warning:7 → \(Fixture.prosecutedBroker) link",
        ].sorted())
    }

    @Test func theImpostorsAnswerSaysWhoItIsNot() throws {
        let checker = Checker(data: Self.data, audience: .citizen)
        guard case .subject(let verdict) = checker.check("t.me/testbank_invest") else { Issue.record("not a link answer"); return }
        #expect(verdict.imitates.map(\.licensee.bin.digits) == [Fixture.bank])
        let lines = AnswerWriter(catalog: catalog, language: .en).summary(verdict)
        #expect(lines.contains("⚠ It uses the name of the licensed АО \"Тест Банк\", but it is NOT that organisation: the licensed one has BIN \(Fixture.bank)."))
        let ru = AnswerWriter(catalog: catalog, language: .ru).summary(verdict)
        #expect(ru.contains { $0.hasPrefix("⚠ Использует название лицензированной организации АО \"Тест Банк\", но это НЕ она") })
    }

    @Test func aLookAlikeAddressNamesTheLink() throws {
        guard case .subject(let verdict) = Checker(data: Self.data).check("https://brokerdelo-invest.kz/") else { Issue.record("no answer"); return }
        let lines = AnswerWriter(catalog: catalog, language: .kk).summary(verdict)
        #expect(lines.contains { $0.contains("БСН-і \(Fixture.prosecutedBroker)") && $0.contains("https://brokerdelo-invest.kz мекенжайы") })
    }

    @Test func theLicenseesAnswerNamesItsImitatorsButNeverAPerson() throws {
        let verdict = Checker(data: Self.data, audience: .citizen).verdict(for: try IdentifierParser.parse(Fixture.bank).get())
        #expect(verdict.kind == .licensed)
        #expect(Set(verdict.imitatedBy.map(\.impostorName)) == ["Инвест клуб «Тест Банк Инвест»", "ТОО «Tест Bank Капитал»"])
        let text = AnswerWriter(catalog: catalog, language: .en).summary(verdict).joined(separator: "\n")
        #expect(text.contains("Beware of impostors: 2 subjects on the warning list or in criminal cases use this organisation's name"))
        #expect(!Self.data.impostors.all.contains { $0.impostorName == "Тест Банк" }, "a person is never an impostor")
    }

    @Test func theListedLicenseeIsNoCloneOfItself() throws {
        // The warning list's clone row carries the insurer's own BIN: it is the licensee, listed.
        let verdict = Checker(data: Self.data).verdict(for: try IdentifierParser.parse(Fixture.cloneTarget).get())
        #expect(verdict.imitates.isEmpty)
        #expect(verdict.isLicensedAndFlagged)
    }

    @Test func theJSONMarksBothSides() throws {
        let writer = AnswerWriter(catalog: catalog, language: .en)
        let checker = Checker(data: Self.data)
        let impostor = CheckReport(checker.check("t.me/testbank_invest"), input: "t.me/testbank_invest", writer: writer, isDemo: true)
        #expect(impostor.imitates?.map(\.licenseeBIN) == [Fixture.bank])
        #expect(impostor.imitates?.first?.via == "name")
        let licensee = CheckReport(checker.check(Fixture.bank), input: Fixture.bank, writer: writer, isDemo: true)
        #expect(licensee.imitatedBy?.map(\.line).sorted() == [5, 6])
        #expect(licensee.imitates == nil)
    }
}
