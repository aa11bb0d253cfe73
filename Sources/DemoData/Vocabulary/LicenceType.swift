import TekserCore

/// The generator's vocabulary for each kind of licence (or, for collectors, registration) that ARDFM issues.
extension LicenceType {
    /// The types the generator makes, in the order official registers list them: banks, insurance,
    /// securities, the rest. `.other` is for exports the reader cannot place, so it is never made.
    static let generated = allCases.filter { $0 != .other }

    /// The type's place in `generated`, which orders the register and spreads names between types.
    var registerOrder: Int {
        guard let index = Self.generated.firstIndex(of: self) else { Self.neverGenerated() }
        return index
    }

    /// The activity as a Russian-language official export writes it.
    var activity: String {
        switch self {
        case .bank: "Банковская деятельность"
        case .insurer: "Страховая деятельность"
        case .reinsurer: "Перестраховочная деятельность"
        case .insuranceBroker: "Деятельность страхового брокера"
        case .brokerDealer: "Брокерская и дилерская деятельность на рынке ценных бумаг"
        case .portfolioManager: "Деятельность по управлению инвестиционным портфелем"
        case .registrar: "Деятельность по ведению системы реестров держателей ценных бумаг"
        case .custodian: "Кастодиальная деятельность на рынке ценных бумаг"
        case .microfinance: "Микрофинансовая деятельность"
        case .pawnshop: "Деятельность ломбардов"
        case .creditBureau: "Деятельность кредитного бюро"
        case .exchangeOffice: "Обменные операции с наличной иностранной валютой"
        case .collectionAgency: "Деятельность коллекторского агентства"
        case .other: Self.neverGenerated()
        }
    }

    /// How many of every thousand licensed entities are of this type (MFOs, pawnshops and exchange offices dominate).
    var share: Int {
        switch self {
        case .bank: 55
        case .insurer: 60
        case .reinsurer: 8
        case .insuranceBroker: 35
        case .brokerDealer: 80
        case .portfolioManager: 45
        case .registrar: 8
        case .custodian: 20
        case .microfinance: 270
        case .pawnshop: 170
        case .creditBureau: 8
        case .exchangeOffice: 170
        case .collectionAgency: 51
        case .other: Self.neverGenerated()
        }
    }

    /// The first year such licences were issued (MFOs from 2020, pawnshops from 2021).
    var firstYear: Int {
        switch self {
        case .microfinance: 2020
        case .pawnshop: 2021
        case .collectionAgency: 2017
        case .creditBureau: 2005
        default: 1995
        }
    }

    /// The prefix of the licence number, a made-up scheme grouping the types by sector.
    var numberPrefix: String {
        switch self {
        case .bank: "1.1"
        case .insurer: "2.1"
        case .reinsurer: "2.2"
        case .insuranceBroker: "2.3"
        case .brokerDealer: "3.1"
        case .portfolioManager: "3.2"
        case .registrar: "3.3"
        case .custodian: "3.4"
        case .microfinance: "4.1"
        case .pawnshop: "4.2"
        case .creditBureau: "5.1"
        case .exchangeOffice: "6.1"
        case .collectionAgency: "7.1"
        case .other: Self.neverGenerated()
        }
    }

    /// What the organisation is called in its name, Kazakh then Russian ("Банкі" / "Банк").
    var noun: (kk: String, ru: String) {
        switch self {
        case .bank: ("Банкі", "Банк")
        case .insurer: ("Сақтандыру компаниясы", "Страховая компания")
        case .reinsurer: ("Қайта сақтандыру компаниясы", "Перестраховочная компания")
        case .insuranceBroker: ("Сақтандыру брокері", "Страховой брокер")
        case .brokerDealer: ("Брокерлік компаниясы", "Брокерская компания")
        case .portfolioManager: ("Басқарушы компаниясы", "Управляющая компания")
        case .registrar: ("Тіркеушісі", "Регистратор")
        case .custodian: ("Кастодианы", "Кастодиан")
        case .microfinance: ("Микроқаржы ұйымы", "Микрофинансовая организация")
        case .pawnshop: ("Ломбарды", "Ломбард")
        case .creditBureau: ("Кредиттік бюросы", "Кредитное бюро")
        case .exchangeOffice: ("Айырбастау пункті", "Обменный пункт")
        case .collectionAgency: ("Коллекторлық агенттігі", "Коллекторское агентство")
        case .other: Self.neverGenerated()
        }
    }

    /// Joint-stock companies (АҚ / АО) for the large institutions, LLPs (ЖШС / ТОО) for the rest.
    var legalForm: (kk: String, ru: String) {
        switch self {
        case .bank, .insurer, .reinsurer, .brokerDealer, .portfolioManager, .registrar, .custodian, .creditBureau:
            ("АҚ", "АО")
        case .insuranceBroker, .microfinance, .pawnshop, .exchangeOffice, .collectionAgency:
            ("ЖШС", "ТОО")
        case .other: Self.neverGenerated()
        }
    }

    private static func neverGenerated() -> Never {
        preconditionFailure("the generator makes only the types in `LicenceType.generated`")
    }
}

/// How the generator writes and weighs licence states; the official wording was not confirmed, this is the working set.
extension LicenceStatus {
    /// The state as a Russian-language official export writes it.
    var text: String {
        switch self {
        case .active: "действующая"
        case .suspended: "приостановлена"
        case .revoked: "отозвана"
        case .terminated: "прекращена"
        }
    }

    /// How many of every hundred licences are in this state.
    var weight: Int {
        switch self {
        case .active: 82
        case .suspended: 4
        case .revoked: 8
        case .terminated: 6
        }
    }
}
