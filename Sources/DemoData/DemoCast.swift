import TekserCore

/// Casts the demo data set: who is licensed, listed or prosecuted, with deliberate overlaps
/// so that every verdict and every conflict between registries occurs at least once.
///
/// BIN pools use disjoint serial ranges, so a BIN is shared between files only on purpose.
struct DemoCast {
    private(set) var licensed: [LicensedEntity] = []
    private(set) var warnings: [WarningSubject] = []
    private(set) var afmCases: [CriminalCase] = []
    private(set) var mvdCases: [CriminalCase] = []

    private var afm: CriminalCaseMaker
    private var mvd: CriminalCaseMaker
    private var unusedBINs: UniqueBINs

    // The subjects the samples point at.
    private let activeLicensee, suspendedLicensee, revokedLicensee, impersonatedLicensee: LicensedEntity
    private let listedOnly, listedWithoutBIN: WarningSubject
    /// Impostors of licensees: a clone of the insurer without a BIN, a look-alike site of the bank.
    private let cloneWithoutBIN, lookAlikeSite: WarningSubject
    private let afmOnlyCompany, mvdTwiceCompany, afmPerson: CaseSubject

    private static let licensedCount = 400
    private static let warningCount = 235

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var licensees = LicensedEntityMaker(random: &random, serials: 0..<30_000)
        var schemes = WarningSubjectMaker(random: &random, serials: 30_000..<90_000)
        var people = PersonMaker(random: &random)
        afm = CriminalCaseMaker(publisher: .afm, random: &random)
        mvd = CriminalCaseMaker(publisher: .mvd, random: &random)
        unusedBINs = UniqueBINs(from: (2010, 1), through: (2025, 12), serials: 90_000..<100_000, random: &random)

        activeLicensee = licensees.make(type: .insurer, status: .active)
        suspendedLicensee = licensees.make(type: .microfinance, status: .suspended)
        revokedLicensee = licensees.make(type: .microfinance, status: .revoked)
        impersonatedLicensee = licensees.make(type: .bank, status: .active)
        let revokedWithCase = licensees.make(type: .microfinance, status: .revoked)
        let activeWithCase = licensees.make(type: .pawnshop, status: .active)
        licensed = [activeLicensee, suspendedLicensee, revokedLicensee, impersonatedLicensee, revokedWithCase, activeWithCase]
        while licensed.count < Self.licensedCount { licensed.append(licensees.make()) }

        listedOnly = schemes.make(number: 0, withBIN: true)
        listedWithoutBIN = schemes.make(number: 0, withBIN: false, withWebsite: true)
        warnings = [listedOnly, listedWithoutBIN, schemes.impersonating(impersonatedLicensee)]
        while warnings.count < Self.warningCount { warnings.append(schemes.make(number: 0)) }

        afmOnlyCompany = schemes.makeCompany()
        mvdTwiceCompany = schemes.makeCompany()
        afmPerson = people.make()
        let listed = warnings.dropFirst(3).compactMap(\.caseSubject)
        let companies = (0..<59).map { _ in schemes.makeCompany() }
        let persons = (0..<8).map { _ in people.make() }
        // Made after every other draw of `schemes`, in place of the last two subjects (no case names
        // them), so every earlier row stays as it was.
        cloneWithoutBIN = schemes.borrowingName(of: activeLicensee)
        lookAlikeSite = schemes.lookAlikeSite(of: impersonatedLicensee)
        warnings.replaceSubrange(warnings.count - 2 ..< warnings.count, with: [cloneWithoutBIN, lookAlikeSite])

        let inBoth = Array(listed[20..<25] + companies[22..<27] + persons[3..<4])
        prosecute(afm: [afmOnlyCompany, afmPerson] + listed[0..<20] + companies[0..<22] + persons[0..<3] + inBoth)
        prosecute(mvd: [mvdTwiceCompany, mvdTwiceCompany] + listed[25..<45] + companies[27..<59] + persons[4..<8] + inBoth)
        // Second cases against the same BINs.
        prosecute(afm: Array(companies[0..<2] + listed[0..<1]), mvd: Array(companies[27..<35]))
        afmCases.append(afm.make(against: Self.subject(revokedWithCase), article: "217 ч.2"))
        mvdCases.append(mvd.make(against: Self.subject(activeWithCase), article: "190 ч.4"))
    }

    /// The labelled inputs, one per outcome, in the order of `SampleOutcome.allCases`.
    mutating func samples() -> [Sample] {
        let unused = unusedBINs.next().bin
        let invalid = Identifiers.withWrongCheckDigit(unusedBINs.next().bin)
        return SampleOutcome.allCases.map { outcome in
            switch outcome {
            case .criminalCaseAFM: Sample(outcome: outcome, input: afmOnlyCompany.id, name: afmOnlyCompany.name)
            case .criminalCaseMVD:
                Sample(outcome: outcome, input: mvdTwiceCompany.id, name: CasePublisher.mvd.spelling(of: mvdTwiceCompany.name))
            case .warningList: Sample(outcome: outcome, input: listedOnly.bin ?? "", name: listedOnly.name)
            case .warningListNoBIN:
                Sample(outcome: outcome, input: listedWithoutBIN.websites.first ?? "", name: listedWithoutBIN.name)
            case .licenceRevoked: Sample(outcome: outcome, input: revokedLicensee.bin, name: revokedLicensee.nameRu)
            case .licenceSuspended: Sample(outcome: outcome, input: suspendedLicensee.bin, name: suspendedLicensee.nameRu)
            case .licensed: Sample(outcome: outcome, input: activeLicensee.bin, name: activeLicensee.nameRu)
            case .licensedAndListed:
                Sample(outcome: outcome, input: impersonatedLicensee.bin, name: impersonatedLicensee.nameRu)
            case .notFound: Sample(outcome: outcome, input: unused, name: "")
            case .invalidCheckDigit: Sample(outcome: outcome, input: invalid, name: "")
            case .iin: Sample(outcome: outcome, input: afmPerson.id, name: afmPerson.name)
            case .impostorNoBIN: Sample(outcome: outcome, input: cloneWithoutBIN.socialPages.first ?? "", name: cloneWithoutBIN.name)
            case .impostorWebsite: Sample(outcome: outcome, input: lookAlikeSite.websites.first ?? "", name: lookAlikeSite.name)
            }
        }
    }

    private mutating func prosecute(afm afmSubjects: [CaseSubject] = [], mvd mvdSubjects: [CaseSubject] = []) {
        afmCases += afmSubjects.map { afm.make(against: $0) }
        mvdCases += mvdSubjects.map { mvd.make(against: $0) }
    }

    private static func subject(_ entity: LicensedEntity) -> CaseSubject {
        CaseSubject(id: entity.bin, name: entity.nameRu, since: entity.issueDate)
    }
}
