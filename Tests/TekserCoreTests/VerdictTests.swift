import Foundation
import Testing
import TestSupport
@testable import TekserCore

@Suite struct VerdictTests {
    static let fixture = try! Fixture()
    static let checker = Checker(data: try! fixture.load())

    func verdict(_ input: String) throws -> Verdict {
        guard case .verdict(let verdict) = Self.checker.check(input) else {
            throw CheckFailure.invalid(input)
        }
        return verdict
    }

    enum CheckFailure: Error { case invalid(String) }

    @Test(arguments: [
        (Fixture.bank, VerdictKind.licensed),
        (Fixture.revokedMFO, .licenceRevoked),
        (Fixture.suspendedMFO, .licenceSuspended),
        (Fixture.cloneTarget, .warningList),
        (Fixture.prosecutedBroker, .criminalCase),
        (Fixture.investClub, .criminalCase),
        (Fixture.afmOnly, .criminalCase),
        (Fixture.personIIN, .criminalCase),
        (Fixture.unknown, .notFound),
    ])
    func mostSevereVerdictWins(input: String, expected: VerdictKind) throws {
        #expect(try verdict(input).kind == expected)
    }

    @Test func evidenceIsOrderedBySeverityAndKeepsSourceAndLine() throws {
        let v = try verdict(Fixture.investClub)
        #expect(v.evidence.map(\.source.id) == ["mvd", "warning"])
        #expect(v.evidence[0].line == 2)
        #expect(v.evidence[1].line == 2)
        #expect(v.evidence[1].fields.first { $0.field == .links }?.value.contains("t.me/fastincome") == true)
        #expect(v.hasPyramidCase)
    }

    @Test func licensedAndFlaggedIsSaidExplicitly() throws {
        let clone = try verdict(Fixture.cloneTarget)
        #expect(clone.isLicensedAndFlagged)
        let broker = try verdict(Fixture.prosecutedBroker)
        #expect(broker.isLicensedAndFlagged)
        #expect(!broker.hasPyramidCase) // article 190, not 217
        let bank = try verdict(Fixture.bank)
        #expect(!bank.isLicensedAndFlagged)
        let catalog = try Catalog.bundled()
        for language in Language.allCases {
            let lines = AnswerWriter(catalog: catalog, language: language).summary(clone)
            #expect(lines.contains(catalog.text("answer.licensedAndFlagged", in: language)))
        }
    }

    @Test func notFoundNamesEveryRegistryAndNeverSaysSafe() throws {
        let v = try verdict(Fixture.unknown)
        #expect(v.kind == .notFound)
        #expect(v.searched.count == 4)
        let catalog = try Catalog.bundled()
        let text = AnswerWriter(catalog: catalog, language: .en).summary(v).joined(separator: "\n")
        #expect(text.contains("2026-11-01") && text.contains("2026-10-15") && text.contains("2026-10-20"))
        #expect(text.contains("does not mean it is safe"))
        #expect(text.contains(catalog.text("common.demoData", in: .en)))
    }

    @Test func typoRescueOffersTheKnownNeighbour() throws {
        var digits = Array(Fixture.bank)
        digits.swapAt(3, 4)
        let typed = String(digits)
        switch Self.checker.check(typed) {
        case .invalid(_, _, let suggestions):
            #expect(suggestions.map(\.identifier.digits).contains(Fixture.bank))
        case .verdict(let v):
            #expect(v.suggestions.map(\.identifier.digits).contains(Fixture.bank))
        case .subject, .invalidLink:
            Issue.record("twelve digits were taken for a link")
        }
    }

    @Test func everyAnswerTextExistsInEveryLanguage() throws {
        let catalog = try Catalog.bundled()
        for input in [Fixture.bank, Fixture.revokedMFO, Fixture.suspendedMFO, Fixture.cloneTarget, Fixture.investClub, Fixture.personIIN, Fixture.unknown] {
            let v = try verdict(input)
            for language in Language.allCases {
                let writer = AnswerWriter(catalog: catalog, language: language)
                let text = (writer.summary(v) + v.evidence.flatMap(writer.evidence) + [writer.advice(v.kind)]).joined(separator: "\n")
                #expect(!text.contains("⟦"), "missing catalog key in \(language): \(text)")
            }
        }
    }

    @Test func anIINIsShownMasked() throws {
        let v = try verdict(Fixture.personIIN)
        let catalog = try Catalog.bundled()
        let writer = AnswerWriter(catalog: catalog, language: .ru)
        let text = (writer.summary(v) + v.evidence.flatMap(writer.evidence)).joined(separator: "\n")
        #expect(!text.contains(Fixture.personIIN))
        #expect(text.contains(Fixture.maskedPersonIIN))
    }
}
