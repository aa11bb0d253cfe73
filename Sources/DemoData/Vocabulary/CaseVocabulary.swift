/// Words of the criminal-case registers: articles, procedural states, agencies, and the
/// names of the (fictional) individuals involved. Russian only, as MVD's file is code page 1251.
enum CaseVocabulary {
    /// Article 217 (pyramid) dominates; 217-1 is advertising one; 190 is fraud.
    static let articles: [(String, Int)] = [
        ("217 ч.1", 15), ("217 ч.2", 25), ("217 ч.3", 30), ("217-1 ч.1", 10), ("190 ч.3", 5), ("190 ч.4", 15),
    ]

    static let statuses: [(String, Int)] = [
        ("досудебное расследование", 40), ("направлено в суд", 20), ("приговор вынесен", 15),
        ("прекращено", 15), ("приостановлено", 10),
    ]

    /// A region's code in the register number and what each publisher calls its local unit there.
    struct Region {
        let code: String
        let afm: String
        let mvd: String
        let weight: Int
    }

    static let regions: [Region] = [
        Region(code: "75", afm: "ДЭР по г. Алматы", mvd: "ДП г. Алматы", weight: 30),
        Region(code: "71", afm: "ДЭР по г. Астане", mvd: "ДП г. Астаны", weight: 20),
        Region(code: "79", afm: "ДЭР по г. Шымкенту", mvd: "ДП г. Шымкента", weight: 12),
        Region(code: "35", afm: "ДЭР по Карагандинской области", mvd: "ДП Карагандинской области", weight: 8),
        Region(code: "15", afm: "ДЭР по Актюбинской области", mvd: "ДП Актюбинской области", weight: 6),
        Region(code: "23", afm: "ДЭР по Атырауской области", mvd: "ДП Атырауской области", weight: 5),
        Region(code: "55", afm: "ДЭР по Павлодарской области", mvd: "ДП Павлодарской области", weight: 5),
        Region(code: "63", afm: "ДЭР по Восточно-Казахстанской области", mvd: "ДП Восточно-Казахстанской области", weight: 5),
        Region(code: "61", afm: "ДЭР по Туркестанской области", mvd: "ДП Туркестанской области", weight: 5),
        Region(code: "47", afm: "ДЭР по Мангистауской области", mvd: "ДП Мангистауской области", weight: 4),
    ]

    /// Surnames carry the "Демо" marker so nobody real is named; a female form adds "а".
    static let surnames = ["Демобаев", "Демокулов", "Демосеитов", "Демоханов", "Демотаев", "Демобеков",
                           "Демоназаров", "Демомуратов"]
    static let maleNames = ["Арман", "Ержан", "Марат", "Данияр", "Тимур", "Серик", "Асхат", "Болат"]
    static let femaleNames = ["Асель", "Айгуль", "Динара", "Жанна", "Гульнара", "Алия", "Сауле", "Мадина"]
    /// Fathers' names, each taking "ович" / "овна".
    static let fathers = ["Серик", "Болат", "Марат", "Ерлан", "Нурлан", "Талгат", "Кайрат", "Азамат"]
}
