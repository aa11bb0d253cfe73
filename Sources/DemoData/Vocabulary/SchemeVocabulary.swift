/// Words for the projects on the warning list and in the case files: the brands pyramids
/// trade under, what they call themselves, and the notes ARDFM adds.
enum SchemeVocabulary {
    /// Brand words in Cyrillic (prefixed "Демо") and in Latin (prefixed "Demo"); none is a licensee's
    /// root (`NameRoots`), so a scheme imitates a licensed organisation only where the cast says so.
    static let cyrillicWords: [Word] = [
        Word("Табыс", "tabys"), Word("Береке", "bereke"), Word("Шаттық", "shattyk"), Word("Капитал", "kapital"),
        Word("Доход", "dohod"), Word("Майнинг", "maining"), Word("Актив", "aktiv"), Word("Прайм", "praim"),
        Word("Голд", "gold"), Word("Байлық", "bailyk"), Word("Несібе", "nesibe"), Word("Сәттілік", "sattilik"),
        Word("Тумар", "tumar"), Word("Умай", "umai"),
    ]
    static let latinWords: [Word] = [
        Word("Coin", "coin"), Word("Invest", "invest"), Word("Trade", "trade"), Word("Profit", "profit"),
        Word("Mining", "mining"), Word("Crypto", "crypto"), Word("Bit", "bit"), Word("Capital", "capital"),
        Word("Life", "life"), Word("Pay", "pay"), Word("Money", "money"), Word("Global", "global"),
    ]
    static let suffixes: [Word] = [
        Word("", ""), Word("Плюс", "plus"), Word("24", "24"), Word("Клуб", "club"), Word("KZ", "kz"),
        Word("Онлайн", "online"), Word("Pro", "pro"), Word("2030", "2030"), Word("Global", "world"),
        Word("Max", "max"),
    ]

    /// What a project without a BIN calls itself: the text before and after the brand.
    static let unregisteredForms = [
        ("Инвестиционный клуб «", "»"), ("Криптофонд «", "»"), ("Онлайн-проект «", "»"), ("Клуб взаимопомощи «", "»"),
        ("Интернет-платформа «", "»"), ("Проект «", "»"), ("«", "» инвестициялық клубы"), ("«", "» онлайн-жобасы"),
    ]

    /// What a registered company on the list or in a case calls itself.
    static let registeredForms = [
        ("ТОО «", "»"), ("ТОО «", "»"), ("«", "» ЖШС"), ("Кредитный потребительский кооператив «", "»"),
        ("Потребительский кооператив «", "»"), ("ТОО «", " Инвест Групп»"),
    ]

    static let notes = [
        "", "", "Обещание гарантированного дохода", "Привлечение денег граждан без лицензии",
        "Реклама пассивного дохода в социальных сетях", "Вознаграждение за привлечение новых участников",
        "Обязательный вступительный взнос", "Жалобы граждан в АРРФР", "Кепілдендірілген табыс уәде етіледі",
        "Азаматтардың ақшасын тарту белгілері бар", "Маскируется под кредитный кооператив",
    ]

    static let cloneNote = "Использует наименование лицензированной организации (клон)"
    static let lookAlikeNote = "Сайт, похожий на сайт лицензированного банка"
}
