import TekserCore
/// Which law-enforcement body's register a case comes from.
enum CasePublisher {
    /// The Agency for Financial Monitoring (economic investigation departments).
    case afm
    /// The Ministry of Internal Affairs (police departments), in code page 1251.
    case mvd

    var file: RegisterFile {
        switch self {
        case .afm: .afmCases
        case .mvd: .mvdCases
        }
    }

    /// The middle of the register number that stands for the investigating body (made up).
    var bodyCode: String {
        switch self {
        case .afm: "0003"
        case .mvd: "0011"
        }
    }

    /// How this publisher writes a name: MVD's single-byte file has no Kazakh letters and uses straight quotes.
    func spelling(of name: String) -> String {
        switch self {
        case .afm: name
        case .mvd: name.mappingScalars { $0 == "«" || $0 == "»" ? "\"" : String.russianLetter($0) }
        }
    }
}

/// One row of a criminal-case register.
struct CriminalCase {
    let number: String
    let subjectID: String
    let name: String
    let article: String
    let registered: CalendarDate
    let status: String
    let agency: String

    /// In the order of the publisher's `columns`.
    var fields: [String] {
        [number, subjectID, name, article, registered.dotted, status, agency]
    }
}

/// Makes one publisher's cases with 15-digit register numbers: year, region, body code, "1",
/// then a six-digit serial that grows with each case (distinct for the first 100,000 cases).
struct CriminalCaseMaker {
    private static let regionWeights = CaseVocabulary.regions.map { ($0, $0.weight) }
    let publisher: CasePublisher
    private var random: SplitMix64
    private var serial: Int
    private let earliest = CalendarDate(year: 2019, month: 1, day: 1)

    init(publisher: CasePublisher, random: inout SplitMix64) {
        self.publisher = publisher
        self.random = random.fork()
        serial = random.int(in: 100...900)
    }

    mutating func make(against subject: CaseSubject, article chosenArticle: String? = nil) -> CriminalCase {
        let lastDay = publisher.file.lastDay
        let registered = random.date(in: min(max(subject.since.adding(days: 90), earliest), lastDay)...lastDay)
        let region = random.weighted(Self.regionWeights)
        serial += random.int(in: 1...9)
        let number = Digits.padded(registered.year % 100, width: 2) + region.code + publisher.bodyCode + "1"
            + Digits.padded(serial % 1_000_000, width: 6)
        return CriminalCase(
            number: number,
            subjectID: subject.id,
            name: publisher.spelling(of: subject.name),
            article: chosenArticle ?? random.weighted(CaseVocabulary.articles),
            registered: registered,
            status: random.weighted(CaseVocabulary.statuses),
            agency: publisher == .afm ? region.afm : region.mvd)
    }
}
