import Testing
@testable import TekserCore

@Suite struct NameTransliterationTests {
    /// Every Kazakh letter, lower and upper case: Cyrillic → official Latin → back.
    @Test(arguments: [
        ("ә", "ä", "ә"), ("Ә", "Ä", "Ә"), ("ғ", "ğ", "ғ"), ("Ғ", "Ğ", "Ғ"), ("қ", "q", "қ"), ("Қ", "Q", "Қ"),
        ("ң", "ñ", "ң"), ("Ң", "Ñ", "Ң"), ("ө", "ö", "ө"), ("Ө", "Ö", "Ө"), ("ұ", "ū", "ұ"), ("Ұ", "Ū", "Ұ"),
        ("ү", "ü", "ү"), ("Ү", "Ü", "Ү"), ("і", "ı", "і"), ("І", "I", "І"), ("и", "i", "и"), ("И", "İ", "И"),
        // The official Latin writes х and һ both as h; h reads back as х, the commoner letter.
        ("һ", "h", "х"), ("Һ", "H", "Х"),
        ("ж", "j", "ж"), ("ш", "ş", "ш"), ("ч", "ç", "ч"), ("ы", "y", "ы"), ("у", "u", "у"),
    ])
    func everyKazakhLetterBothWays(cyrillic: String, latin: String, back: String) {
        #expect(KazakhLatin.latin(cyrillic) == latin)
        #expect(KazakhLatin.cyrillic(latin) == back)
    }

    @Test(arguments: [
        ("Сәттілік", "Sättılık"), ("Қазақстан", "Qazaqstan"), ("Жұлдыз", "Jūldyz"), ("Өрлеу", "Örleu"),
        ("Шапағат", "Şapağat"), ("Таңба", "Tañba"), ("Үміт", "Ümıt"), ("Ақ Ниет", "Aq Niet"),
    ])
    func wordsRoundTrip(cyrillic: String, latin: String) {
        #expect(KazakhLatin.latin(cyrillic) == latin)
        #expect(KazakhLatin.cyrillic(latin) == cyrillic)
    }

    @Test func russianLettersOutsideTheKazakhAlphabetFollowTheRomanisation() {
        #expect(KazakhLatin.latin("Центр Щит Юрта Ягода Подъезд Мельница Ёлка") == "Tsentr Şşit Iurta Iagoda Podezd Melnitsa Iolka")
    }

    @Test func nonLettersAreKept() {
        #expect(KazakhLatin.latin("«ТОО-7», 2024!") == "«TOO-7», 2024!")
        #expect(KazakhLatin.cyrillic("«LLP-7», 2024!") == "«ЛЛП-7», 2024!")
    }
}
