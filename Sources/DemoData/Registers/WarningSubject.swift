import TekserCore
/// One row of ARDFM's warning list: a subject attracting money with promised income.
struct WarningSubject {
    var number: Int
    let name: String
    /// Empty for the many subjects known only by their pages.
    let bin: String?
    let registered: CalendarDate?
    let websites: [String]
    let socialPages: [String]
    /// Several links share a cell, split by a space or a line break as the list's editors typed them.
    let linkSeparator: String
    let dateAdded: CalendarDate
    let note: String

    /// In the order of `RegisterFile.warningList.columns`.
    var fields: [String] {
        [String(number), name, bin ?? "", websites.joined(separator: linkSeparator),
         socialPages.joined(separator: linkSeparator), dateAdded.dotted, note]
    }

    /// The subject as a case file would name it, when it has a BIN.
    var caseSubject: CaseSubject? {
        guard let bin, let registered else { return nil }
        return CaseSubject(id: bin, name: name, since: registered)
    }
}

/// Makes warning-list subjects, and companies of the same sort that only the case files know.
struct WarningSubjectMaker {
    private var random: SplitMix64
    private var bins: UniqueBINs
    private var brands: BrandMaker
    private let lastDay = RegisterFile.warningList.lastDay

    private static let binShapes: [((BINKind, BINUnit), Int)] = [
        ((.resident, .headOffice), 90), ((.resident, .branch), 4), ((.nonResident, .headOffice), 2),
        ((.nonResident, .representativeOffice), 1), ((.entrepreneurInJointVenture, .headOffice), 2),
        ((.entrepreneurInJointVenture, .peasantFarm), 1),
    ]

    init(random: inout SplitMix64, serials: Range<Int> = 0..<100_000) {
        self.random = random.fork()
        bins = UniqueBINs(from: (2012, 1), through: (2025, 12), serials: serials, random: &random)
        brands = BrandMaker(random: &random)
    }

    /// A subject; whether it has a BIN (60 %) or a website (75 %) is drawn unless given.
    mutating func make(number: Int, withBIN: Bool? = nil, withWebsite: Bool? = nil) -> WarningSubject {
        let brand = brands.next()
        let issued = (withBIN ?? random.chance(60)) ? nextBIN() : nil
        let (before, after) = random.pick(issued == nil ? SchemeVocabulary.unregisteredForms : SchemeVocabulary.registeredForms)
        let earliest = max(issued?.registered ?? CalendarDate(year: 2022, month: 1, day: 10), CalendarDate(year: 2022, month: 1, day: 10))
        return WarningSubject(
            number: number,
            name: before + brand.display + after,
            bin: issued?.bin,
            registered: issued?.registered,
            websites: websites(of: brand, count: (withWebsite ?? random.chance(75)) ? random.int(in: 1...2) : 0),
            socialPages: socialPages(of: brand),
            linkSeparator: random.chance(60) ? " " : "\n",
            dateAdded: random.date(in: earliest...lastDay),
            note: random.pick(SchemeVocabulary.notes))
    }

    /// A registered scheme that is not on the list (yet): only a criminal case names it.
    mutating func makeCompany() -> CaseSubject {
        let issued = nextBIN()
        let (before, after) = random.pick(SchemeVocabulary.registeredForms)
        return CaseSubject(id: issued.bin, name: before + brands.next().display + after, since: issued.registered)
    }

    /// A clone firm: a licensee's BIN and name on pages it does not own.
    mutating func impersonating(_ entity: LicensedEntity) -> WarningSubject {
        WarningSubject(
            number: 0, name: entity.nameRu, bin: entity.bin, registered: nil,
            websites: ["https://\(entity.slugParts.joined(separator: "-"))-demo.com"],
            socialPages: ["https://t.me/\(entity.slugParts.joined(separator: "_"))_invest"],
            linkSeparator: " ", dateAdded: random.date(in: min(max(entity.issueDate, CalendarDate(year: 2022, month: 1, day: 10)), lastDay)...lastDay),
            note: SchemeVocabulary.cloneNote)
    }

    /// A clone without BIN: the licensee's name with "Инвест", promoted on a Telegram channel.
    mutating func borrowingName(of entity: LicensedEntity) -> WarningSubject {
        let inner = entity.nameRu.drop { $0 != "«" }.dropFirst().prefix { $0 != "»" }
        return WarningSubject(
            number: 0, name: "Онлайн-проект «\(inner) Инвест»", bin: nil, registered: nil, websites: [],
            socialPages: ["https://t.me/\(entity.slugParts.joined(separator: "_"))_invest"], linkSeparator: " ",
            dateAdded: random.date(in: CalendarDate(year: 2025, month: 1, day: 10)...lastDay), note: SchemeVocabulary.cloneNote)
    }

    /// A scheme of its own name whose website is built from a licensed bank's name.
    mutating func lookAlikeSite(of entity: LicensedEntity) -> WarningSubject {
        let scheme = make(number: 0, withBIN: false, withWebsite: false)
        return WarningSubject(
            number: 0, name: scheme.name, bin: nil, registered: nil,
            websites: ["https://\(entity.slugParts.joined(separator: "-"))-bank.kz"], socialPages: [], linkSeparator: " ",
            dateAdded: scheme.dateAdded, note: SchemeVocabulary.lookAlikeNote)
    }

    private mutating func nextBIN() -> UniqueBINs.Issued {
        let (kind, unit) = random.weighted(Self.binShapes)
        return bins.next(kind: kind, unit: unit)
    }

    private mutating func websites(of brand: Brand, count: Int) -> [String] {
        let host = brand.slug("-")
        var choices = ["https://\(host).kz", "https://www.\(host).kz", "https://\(host).com"]
        if let cyrillic = brand.cyrillicHost { choices += ["https://\(cyrillic).қаз", "https://\(cyrillic).рф"] }
        random.shuffle(&choices)
        return Array(choices.prefix(count))
    }

    private mutating func socialPages(of brand: Brand) -> [String] {
        let handle = brand.slug("_")
        var pages = [
            random.chance(50) ? "https://instagram.com/\(handle)" : "https://www.instagram.com/\(handle)/",
            "https://t.me/\(handle)",
            random.chance(70) ? "https://vk.com/\(handle)" : "https://vk.com/club\(random.int(in: 10_000_000...99_999_999))",
        ]
        random.shuffle(&pages)
        return Array(pages.prefix(random.int(in: 1...3)))
    }
}
