import Testing
@testable import TekserCore

/// Which names and links are built from a licensed organisation's distinctive name.
@Suite struct ImpostorMatchingTests {
    /// (licensee's name, subject's name, subject's links, how it imitates)
    static let matching: [(String, String, [String], Imitation.Via)] = [
        ("АО «Демо Банк Шанырак Кредит»", "ТОО «Шанырак Кредит Инвест»", [], .name),
        ("АО «Демо Банк Шанырак Кредит»", "Shanyraq Capital Group", [], .name),
        ("«Шаңырақ Кредит Демо Банкі» АҚ", "\"Шанырак\" онлайн", [], .name),
        ("АО «Halyk Bank»", "Халык Инвест KZ", [], .name),
        ("АО «Страховая компания Сункар Плюс»", "Sunkar Pro", [], .name),
        ("АО «Сәттілік Финанс»", "Саттилик Капитал", [], .name),
        ("АО «Демо Банк Актолкын»", "Инвестиционный клуб «Прибыль»", ["https://aktolkyn-bank-invest.kz"], .link("https://aktolkyn-bank-invest.kz")),
        ("АО «Демо Банк Актолкын»", "Crypto club", ["https://www.instagram.com/aktolkynbank_official/"], .link("https://www.instagram.com/aktolkynbank_official/")),
        ("АО «Kaspi Bank»", "Kaspi Invest", [], .name),
        ("АО «Kaspi Bank»", "Bonus", ["https://kaspibank-invest.kz"], .link("https://kaspibank-invest.kz")),
        // A Cyrillic host is read in Cyrillic (through its punycode form), `www.` and `m.` are no words.
        ("АО «Демо Банк Актолкын»", "Проект", ["https://www.актолкын-инвест.қаз"], .link("https://www.актолкын-инвест.қаз")),
        ("АО «Демо Банк Актолкын»", "Проект", ["bonus", "https://m.aktolkyn-online.kz"], .link("https://m.aktolkyn-online.kz")),
        ("АО «Kaspi Bank»", "Bonus", ["https://t.me/investkaspi"], .link("https://t.me/investkaspi")),
    ]

    /// (licensee's name, subject's name, subject's links): generic words, other names, short pieces.
    static let notMatching: [(String, String, [String])] = [
        ("АО «Народный Банк Казахстана»", "Народный Инвест Онлайн", []),
        ("АО «Демо Банк Капитал»", "Капитал Групп KZ", []),
        ("ТОО «Финанс Кредит»", "Finance Credit Pro", []),
        ("АО «Демо Банк Шанырак Кредит»", "ТОО «Шапагат Кредит»", []),
        ("АО «Демо Банк Шанырак Кредит»", "Kredit Demo Bank", ["https://demo-bank.kz"]),
        ("АО «Сункар Береке»", "Сункар Инвест", []),
        ("АО «Ак Жол Банк»", "Crypto", ["https://akzhol-crypto.kz", "https://t.me/ak_invest"]),
        ("АО «Kaspi Bank»", "Caspian Oil", ["https://kaspianoil.kz", "https://t.me/oilkaspi"]),
        ("АО «Демо Страховая компания»", "Демо Страховая компания Инвест", []),
    ]

    @Test(arguments: matching)
    func theseUseTheLicensedName(_ licensee: String, _ name: String, _ links: [String], _ via: Imitation.Via) {
        #expect(ImpostorFinder.via(licensee: licensee, name: name, links: links) == via)
    }

    @Test(arguments: notMatching)
    func theseDoNot(_ licensee: String, _ name: String, _ links: [String]) {
        #expect(ImpostorFinder.via(licensee: licensee, name: name, links: links) == nil)
    }

    @Test func genericWordsAloneAreNothingDistinctive() {
        #expect(DistinctiveWords.of(name: "АО «Демо Банк Капитал Инвест Финанс Кредит Онлайн Group Pro KZ»").isEmpty)
        #expect(DistinctiveWords.of(name: "«Шаңырақ Кредит Демо Банкі» АҚ") == DistinctiveWords.of(name: "Shanyraq"))
    }
}
