import Foundation
import Testing
import TekserBot
import TekserCore
import TestSupport

/// The public chat (and so the kiosk and trainer) is no search engine for people: a person is
/// answered only to their exact IIN, with the verdict and the registry, never their name.
/// Each test also asks a staff checker the same, to show the person is there to be leaked.
@Suite struct CitizenPrivacyTests {
    /// A person's IIN on the warning list too, with a page of their own.
    static let fixture = try! Fixture(warning: Fixture.warningWithLinksCSV + "6,Иванов Иван Иванович,\(Fixture.personIIN),https://ivanov-dohod.example,,2026-06-06,\n")
    static let data = try! fixture.load()
    static let staff = Checker(data: data)
    static let surname = "Иванов"

    /// Everything the bot shows after these actions, button labels included.
    static func shown(_ actions: [BotAction]) -> String {
        actions.compactMap { action -> String? in
            guard case .sendMessage(let m) = action else { return nil }
            return ([m.text] + (m.inlineKeyboard?.buttons.map(\.text) ?? [])).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    @Test func aSurnameFindsNobodyAndSaysNothingWasLeftOut() {
        #expect(Self.staff.findNames(Self.surname).contains { $0.identifier?.digits == Fixture.personIIN })
        var chat = Conversation(data: Self.data)
        let said = Self.shown(chat.send(Self.surname))
        #expect(said == Conversation.catalog.text("names.notFound", ["query": .text(Self.surname)], in: .en)
            + "\n" + Conversation.catalog.text("button.checkAnother", in: .en))
    }

    @Test func aNearMissIINSuggestsNoPerson() {
        let nearMiss = String(Fixture.personIIN.dropLast()) + String((Int(String(Fixture.personIIN.last!))! + 1) % 10)
        guard case .invalid(_, _, let staffSuggestions) = Self.staff.check(nearMiss) else { Issue.record("valid?"); return }
        #expect(staffSuggestions.map(\.identifier.digits) == [Fixture.personIIN])
        var chat = Conversation(data: Self.data)
        let said = Self.shown(chat.send(nearMiss))
        #expect(said == "❗ " + Conversation.catalog.text("identifier.problem.checkDigitMismatch", in: .en))
    }

    @Test func theExactIINGetsItsVerdictAndRegistriesButNoName() throws {
        var chat = Conversation(data: Self.data)
        let answer = Self.shown(chat.send(Fixture.personIIN))
        #expect(answer.hasPrefix("⛔ Criminal case registered\nFound in: AFM criminal cases (as of 2026-10-15); ARDFM warning list (as of 2026-11-02)\n"))
        #expect(answer.contains("IIN \(Fixture.maskedPersonIIN): a person's identification number"))
        let evidence = Self.shown(chat.press("Evidence"))
        #expect(evidence.contains("Pre-trial register No.: 257500031000103"))
        #expect(evidence.contains("Criminal Code article: 217 ч.3"))
        for said in [answer, evidence] {
            #expect(!said.contains(Self.surname) && !said.contains("ivanov-dohod"), "\(said)")
            #expect(!said.contains(String(Fixture.personIIN.prefix(4))))
        }
        #expect(Self.staff.verdict(for: try IdentifierParser.parse(Fixture.personIIN).get()).names(in: .en).contains { $0.hasPrefix(Self.surname) })
    }

    @Test func aPersonsOwnPageIsNotMatchedAndTheirRowIsNoButton() throws {
        guard case .subject(let staffVerdict) = Self.staff.check("ivanov-dohod.example") else { Issue.record("no link"); return }
        #expect(staffVerdict.kind == .criminalCase && staffVerdict.names(in: .en).contains { $0.hasPrefix(Self.surname) })
        var chat = Conversation(data: Self.data)
        let said = Self.shown(chat.send("https://ivanov-dohod.example"))
        #expect(said.hasPrefix("❔ "), "\(said)")
        #expect(!said.contains(Self.surname))
        let row = SubjectRef(sourceID: "warning", line: 8)
        #expect(Self.staff.subjectVerdict(at: row) != nil)
        let pressed = chat.bot.handle(.callbackQuery(messageID: 1, data: "subj:warning:8"), state: &chat.state, now: chat.now)
        #expect(Self.shown(pressed) == Conversation.catalog.text("chat.buttonExpired", in: .en))
    }
}
