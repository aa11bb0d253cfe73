import Foundation
import TekserCore
import Testing
@testable import DemoData

/// Every sample in `data/samples.yaml` is checked against the shipped registry files, so the
/// trainer's panel never offers an input whose outcome the data does not produce.
@Suite struct SamplesTests {
    /// Where an identifier occurs, per file.
    struct Presence {
        let licensedStatus: String?
        let listed: Bool
        let afm: Int
        let mvd: Int
    }

    static func registries() throws -> (licensed: CSVTable, warning: CSVTable, afm: CSVTable, mvd: CSVTable) {
        (try DataFolder.table(.licensed), try DataFolder.table(.warningList),
         try DataFolder.table(.afmCases), try DataFolder.table(.mvdCases))
    }

    static func presence(of id: String) throws -> Presence {
        let r = try registries()
        return Presence(
            licensedStatus: r.licensed.rows.first { $0["БИН"] == id }?["Статус"],
            listed: r.warning.column("БСН").contains(id),
            afm: r.afm.column("БИН/ИИН").filter { $0 == id }.count,
            mvd: r.mvd.column("ИИН/БИН").filter { $0 == id }.count)
    }

    static func sample(_ outcome: SampleOutcome) throws -> (outcome: String, input: String, name: String) {
        try #require(try DataFolder.samples().first { $0.outcome == outcome.rawValue })
    }

    @Test func thereIsExactlyOneSamplePerOutcomeInOrder() throws {
        #expect(try DataFolder.samples().map(\.outcome) == SampleOutcome.allCases.map(\.rawValue))
    }

    @Test(arguments: [
        (SampleOutcome.criminalCaseAFM, nil as String?, false, 1...1, 0...0),
        (.criminalCaseMVD, nil, false, 0...0, 2...2),
        (.warningList, nil, true, 0...0, 0...0),
        (.licenceRevoked, "отозвана", false, 0...0, 0...0),
        (.licenceSuspended, "приостановлена", false, 0...0, 0...0),
        (.licensed, "действующая", false, 0...0, 0...0),
        (.licensedAndListed, "действующая", true, 0...0, 0...0),
        (.notFound, nil, false, 0...0, 0...0),
        (.iin, nil, false, 1...1, 0...0),
    ])
    func theSampleInputHasExactlyItsOutcome(
        outcome: SampleOutcome, status: String?, listed: Bool, afm: ClosedRange<Int>, mvd: ClosedRange<Int>
    ) throws {
        let sample = try Self.sample(outcome)
        #expect(Decode.checkDigitHolds(sample.input))
        let found = try Self.presence(of: sample.input)
        #expect(found.licensedStatus == status)
        #expect(found.listed == listed)
        #expect(afm.contains(found.afm) && mvd.contains(found.mvd), "AFM \(found.afm), MVD \(found.mvd)")
    }

    @Test(arguments: [SampleOutcome.criminalCaseAFM, .criminalCaseMVD, .warningList, .licenceRevoked, .licensed, .iin])
    func theSampleNameIsTheOneInTheFiles(outcome: SampleOutcome) throws {
        let sample = try Self.sample(outcome)
        let r = try Self.registries()
        let names = r.licensed.column("Наименование") + r.warning.column("Атауы")
            + r.afm.column("Наименование") + r.mvd.column("Субъект")
        #expect(!sample.name.isEmpty && names.contains(sample.name), "\(sample.name)")
    }

    @Test func theIINSampleIsAPersonNotACompany() throws {
        let sample = try Self.sample(.iin)
        #expect(Decode.birthDate(ofIIN: sample.input) != nil)
        #expect(!Decode.isSaneBIN(sample.input))
    }

    @Test func theLinkSampleBelongsToAListedSubjectWithoutBINOrCase() throws {
        let sample = try Self.sample(.warningListNoBIN)
        #expect(sample.input.hasPrefix("https://"))
        let r = try Self.registries()
        let rows = r.warning.rows.filter { row in
            (row["Сайт"]! + " " + row["Әлеуметтік желілер"]!).split(whereSeparator: \.isWhitespace).contains { $0 == sample.input }
        }
        #expect(rows.count == 1)
        #expect(rows.first?["БСН"] == "")
        #expect(rows.first?["Атауы"] == sample.name)
    }

    @Test func theLinkSampleIsCheckedAsALinkAndFoundOnTheWarningList() throws {
        let sample = try Self.sample(.warningListNoBIN)
        let checker = Checker(data: try DataSet.load(directory: DataFolder.url))
        guard case .subject(let verdict) = checker.check(sample.input) else {
            Issue.record("the link sample was not checked as a link")
            return
        }
        #expect(verdict.kind == .warningList)
        #expect(verdict.names(in: .ru) == [sample.name])
        #expect(verdict.matchedLinks.map(\.written) == [sample.input])
    }

    /// The name a trainer reads out, typed without its quotes and descriptive words, in Cyrillic
    /// or in Latin letters, finds that subject first.
    @Test(arguments: ["Демо Сәттілік Онлайн", "Demo Sattilik Onlain", "Онлайн Демо Сәттілік"])
    func theNoBINSampleIsFoundFirstByItsName(query: String) throws {
        let sample = try Self.sample(.warningListNoBIN)
        let checker = Checker(data: try DataSet.load(directory: DataFolder.url))
        let first = try #require(checker.findNames(query).first)
        #expect(first.name == sample.name)
        #expect(first.kind == .warningList)
    }

    @Test func theInvalidSampleFailsOnlyItsCheckDigit() throws {
        let sample = try Self.sample(.invalidCheckDigit)
        #expect(Decode.digits(sample.input) != nil)
        #expect(Decode.isSaneBIN(sample.input))
        #expect(!Decode.checkDigitHolds(sample.input))
        #expect(sample.name.isEmpty)
    }
}
