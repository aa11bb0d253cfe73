import TekserCore
/// One row of ARDFM's register of licensed organisations.
struct LicensedEntity {
    let bin: String
    let nameKk: String
    let nameRu: String
    /// The name's words in Latin, for the web addresses of anyone impersonating it.
    let slugParts: [String]
    let type: LicenceType
    let licenceNumber: String
    let issueDate: CalendarDate
    let status: LicenceStatus
    let statusDate: CalendarDate?

    /// In the order of `RegisterFile.licensed.columns`.
    var fields: [String] {
        [bin, nameKk, nameRu, type.activity, licenceNumber, issueDate.dotted, status.text, statusDate?.dotted ?? ""]
    }
}

/// Makes licensed organisations one at a time, with distinct BINs, names and licence numbers.
struct LicensedEntityMaker {
    private var random: SplitMix64
    private var bins: UniqueBINs
    private let names: Permutation
    private var madePerType: [LicenceType: Int] = [:]
    private let lastDay = RegisterFile.licensed.lastDay

    private static let typeWeights = LicenceType.generated.map { ($0, $0.share) }
    private static let statusWeights = LicenceStatus.allCases.map { ($0, $0.weight) }
    private static let binShapes: [((BINKind, BINUnit), Int)] = [
        ((.resident, .headOffice), 92), ((.resident, .branch), 4), ((.nonResident, .branch), 4),
    ]

    init(random: inout SplitMix64, serials: Range<Int> = 0..<100_000) {
        self.random = random.fork()
        bins = UniqueBINs(from: (1994, 1), through: (2025, 12), serials: serials, random: &random)
        names = Permutation(size: NameRoots.roots.count * NameRoots.qualifiers.count, random: &random)
    }

    /// A new organisation; type and status are drawn by their shares unless given.
    mutating func make(type chosenType: LicenceType? = nil, status chosenStatus: LicenceStatus? = nil) -> LicensedEntity {
        let type = chosenType ?? random.weighted(Self.typeWeights)
        let status = chosenStatus ?? random.weighted(Self.statusWeights)
        let (kind, unit) = random.weighted(Self.binShapes)
        let issued = bins.next(kind: kind, unit: unit)
        let count = madePerType[type, default: 0]
        madePerType[type] = count + 1

        // Each type starts elsewhere in the permutation, so first MFO and first bank differ.
        let combination = names(count + type.registerOrder * 37)
        let root = NameRoots.roots[combination % NameRoots.roots.count]
        let qualifier = NameRoots.qualifiers[combination / NameRoots.roots.count]
        let round = count / names.size
        let roundText = round > 0 ? String(round + 1) : ""
        let nameKk = [root.kk, qualifier.kk, roundText].filter { !$0.isEmpty }.joined(separator: " ")
        let nameRu = [root.ru, qualifier.ru, roundText].filter { !$0.isEmpty }.joined(separator: " ")
        let (nounKk, nounRu) = type.noun
        let (formKk, formRu) = type.legalForm

        let earliestIssue = max(issued.registered.adding(days: 30), CalendarDate(year: type.firstYear, month: 1, day: 10))
        let issueDate = random.date(in: earliestIssue...lastDay)
        return LicensedEntity(
            bin: issued.bin,
            nameKk: "«\(nameKk) Демо \(nounKk)» \(formKk)",
            nameRu: "\(formRu) «Демо \(nounRu) \(nameRu)»",
            slugParts: [root.slug, qualifier.slug, roundText].filter { !$0.isEmpty },
            type: type,
            licenceNumber: "\(type.numberPrefix).\(Digits.padded(count + 1, width: 4))/\(Digits.padded(issueDate.year % 100, width: 2))",
            issueDate: issueDate,
            status: status,
            statusDate: status == .active ? nil : statusDate(for: status, after: issueDate))
    }

    /// Suspensions last months, so theirs are recent; other changes may be years old.
    private mutating func statusDate(for status: LicenceStatus, after issue: CalendarDate) -> CalendarDate {
        let earliest = max(issue.adding(days: 30), status == .suspended ? lastDay.adding(days: -150) : issue)
        return random.date(in: min(earliest, lastDay)...lastDay)
    }
}
