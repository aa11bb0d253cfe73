import TekserCore
/// Whoever a criminal case is against: a company by BIN or a person by IIN.
struct CaseSubject {
    let id: String
    let name: String
    /// Registration (or, for a person, the 18th birthday): no case can predate it.
    let since: CalendarDate
}

/// Makes fictional individuals with valid, distinct IINs.
struct PersonMaker {
    private var random: SplitMix64
    private var serial: Int

    init(random: inout SplitMix64) {
        self.random = random.fork()
        serial = random.below(5000)
    }

    mutating func make() -> CaseSubject {
        let birth = random.date(in: CalendarDate(year: 1960, month: 1, day: 1)...CalendarDate(year: 2003, month: 12, day: 31))
        let female = random.chance(35)
        let ending = female ? "а" : ""
        let name = random.pick(CaseVocabulary.surnames) + ending + " "
            + random.pick(female ? CaseVocabulary.femaleNames : CaseVocabulary.maleNames) + " "
            + random.pick(CaseVocabulary.fathers) + (female ? "овна" : "ович")
        let adult = CalendarDate(year: birth.year + 18, month: birth.month, day: min(birth.day, 28))
        return CaseSubject(id: nextIIN(birth: birth, female: female), name: name, since: adult)
    }

    /// The next serial that gives an issued number; serials differ, so IINs do too.
    private mutating func nextIIN(birth: CalendarDate, female: Bool) -> String {
        while true {
            serial += 1
            if let iin = Identifiers.iin(birth: birth, female: female, serial: serial % 10_000) { return iin }
        }
    }
}
