import Foundation
import Testing
import TekserCore
import TestSupport

/// Links checked against the fixture's warning list: which subject, which of its links, and how.
@Suite struct LinkMatchingTests {
    static let fixture = try! Fixture(warning: Fixture.warningWithLinksCSV)
    static let checker = Checker(data: try! fixture.load())
    static let writer = AnswerWriter(catalog: try! Catalog.bundled(), language: .en)

    func subject(_ input: String, platform: SocialPlatform? = nil) throws -> SubjectVerdict {
        guard case .subject(let verdict) = Self.checker.check(input, platform: platform) else {
            Issue.record("“\(input)” was not checked as a link")
            throw CancellationError()
        }
        return verdict
    }

    @Test(arguments: [
        ("https://WWW.Bereke-Online.example/invest/?utm_source=ig", "https://www.bereke-online.example/invest/", LinkMatch.Kind.samePage, 6),
        ("bereke-online.example/invest/plans/gold", "https://www.bereke-online.example/invest/", .sameSite, 6),
        ("http://демо-береке.қаз/ru", "https://демо-береке.қаз/ru/", .samePage, 6),
        ("xn----btbhecaa3bnuz.xn--80ao21a/ru/", "https://демо-береке.қаз/ru/", .samePage, 6),
        ("https://crypto-oasis.example/cabinet/login", "https://crypto-oasis.example", .sameSite, 5),
        ("t.me/s/bereke_online", "https://t.me/bereke_online", .sameAccount, 6),
        ("instagr.am/Bereke.Online", "https://instagram.com/bereke.online/", .sameAccount, 6),
        ("https://m.youtube.com/c/tubeprofit", "https://youtube.com/@TubeProfit", .sameAccount, 7),
        ("tiktok.com/@tube.profit/video/1", "https://www.tiktok.com/@tube.profit", .sameAccount, 7),
        ("m.vk.com/tubeprofit", "https://vk.com/tubeprofit", .sameAccount, 7),
        ("fb.com/TubeProfit", "https://facebook.com/tubeprofit", .sameAccount, 7),
        ("whatsapp.com/channel/0029VaTube", "https://whatsapp.com/channel/0029VaTube", .sameAccount, 7),
    ])
    func aListedLinkIsFoundAndSaysWhichAndHow(input: String, written: String, kind: LinkMatch.Kind, line: Int) throws {
        let verdict = try subject(input)
        #expect(verdict.kind == .warningList)
        #expect(verdict.matchedLinks == [LinkMatch(subject: SubjectRef(sourceID: "warning", line: line), written: written, kind: kind)])
        #expect(verdict.evidence.map(\.line) == [line])
    }

    @Test func aBareHandleInTheFileMatchesThatHandleOnAnyNetwork() throws {
        let verdict = try subject("@CryptoOasis", platform: .telegram)
        #expect(verdict.names(in: .en) == ["Crypto Oasis"])
        #expect(verdict.matchedLinks.map(\.written) == ["@cryptooasis"])
    }

    @Test func aListedSubjectWithABINBringsItsCriminalCase() throws {
        let verdict = try subject("https://t.me/fastincome")
        #expect(verdict.kind == .criminalCase)
        #expect(verdict.evidence.map(\.source.id) == ["mvd", "warning"])
        #expect(verdict.hasPyramidCase)
        let text = Self.writer.summary(verdict).joined(separator: "\n")
        #expect(text.contains("Matches the listed link https://t.me/fastincome (the same account)"))
        #expect(text.contains("Found in: Ministry of Internal Affairs criminal cases (as of 2026-10-20); ARDFM warning list (as of 2026-11-02)"))
    }

    @Test func aLinkOnNoListIsHonestlyNotFoundWithAdvice() throws {
        let verdict = try subject("https://bereke-online.example/")
        #expect(verdict.kind == .notFound)
        #expect(verdict.matchedLinks.isEmpty && verdict.evidence.isEmpty)
        #expect(verdict.searched.count == 4)
        let text = Self.writer.summary(verdict).joined(separator: "\n")
        #expect(text.contains("Not found in the registries checked"))
        #expect(text.contains("Link checked: bereke-online.example"))
        #expect(text.contains("does not mean it is safe"))
        #expect(Self.writer.advice(verdict).contains("Ask for the company's BIN"))
    }

    @Test func aCyrillicDomainIsShownInCyrillic() throws {
        #expect(Self.writer.summary(try subject("xn----btbhecaa3bnuz.xn--80ao21a/ru")).contains("Link checked: демо-береке.қаз/ru"))
    }

    @Test func identifiersAndPlainTextAreNotTakenForLinks() {
        if case .verdict = Self.checker.check(Fixture.bank) {} else { Issue.record("a BIN went elsewhere") }
        if case .invalid = Self.checker.check("Ромашка") {} else { Issue.record("a name went elsewhere") }
        if case .invalidLink(_, .platformNeeded("cryptooasis")) = Self.checker.check("@cryptooasis") {} else {
            Issue.record("a handle alone did not ask for the network")
        }
    }

    @Test func aSubjectIsFoundByItsRowAndAWrongRowByNone() throws {
        let verdict = try #require(Self.checker.subjectVerdict(at: SubjectRef(sourceID: "warning", line: 5)))
        #expect(verdict.names(in: .en) == ["Crypto Oasis"])
        #expect(verdict.subjects == [SubjectRef(sourceID: "warning", line: 5)])
        #expect(Self.checker.subjectVerdict(at: SubjectRef(sourceID: "warning", line: 3)) == nil) // a continuation line
        #expect(Self.checker.subjectVerdict(at: SubjectRef(sourceID: "nowhere", line: 5)) == nil)
    }

    @Test func theJSONReportCarriesTheLinkAndWhatMatched() throws {
        let input = "https://www.bereke-online.example/invest/plans"
        let report = CheckReport(Self.checker.check(input), input: input, writer: Self.writer, isDemo: true)
        #expect(report.valid && report.verdict == "warning_list" && report.identifier == nil)
        #expect(report.link?.kind == "page")
        #expect(report.link?.normalised == "bereke-online.example/invest/plans")
        let matched = try #require(report.link?.matched.first)
        #expect(report.link?.matched.count == 1)
        #expect([matched.link, matched.how, matched.source, String(matched.line)] == ["https://www.bereke-online.example/invest/", "same_site", "warning", "6"])
        let decoded = try JSONDecoder().decode(CheckReport.self, from: JSONEncoder().encode(report))
        #expect(decoded == report)
        let bad = CheckReport(Self.checker.check("@x"), input: "@x", writer: Self.writer, isDemo: true)
        #expect(!bad.valid && bad.problem == "platform_needed" && bad.link == nil)
    }
}
