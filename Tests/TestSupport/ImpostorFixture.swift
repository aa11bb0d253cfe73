import Foundation

extension Fixture {
    /// A person with a bank's name in a case file: never taken for an impostor.
    public static let namesakePerson = validIIN("900101300")

    /// The fixture plus clone firms: a clone of the bank without BIN (line 6), a look-alike
    /// address of the broker (line 7), a case against another company using the bank's name,
    /// and a person whose name is the bank's.
    public static func withImpostors() throws -> Fixture {
        try Fixture(
            warning: warningCSV + csv([
                "4,Инвест клуб «Тест Банк Инвест»,,,https://t.me/testbank_invest,2026-06-01,",
                "5,Crypto Oasis Pro,,https://brokerdelo-invest.kz,,2026-06-02,",
            ]),
            afm: afmCSV + csv([
                "257500031000104,\(validBIN("23014000077")),ТОО «Tест Bank Капитал»,217 ч.1,2026-07-01,досудебное расследование,ДЭР по г. Алматы",
                "257500031000105,\(namesakePerson),Тест Банк,217 ч.1,2026-07-02,досудебное расследование,ДЭР по г. Алматы",
            ]))
    }
}
