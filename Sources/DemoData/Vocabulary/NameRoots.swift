/// A word spelled in Kazakh, in Russian (Kazakh letters replaced) and in Latin for web addresses.
struct Word {
    let kk: String
    let ru: String
    let slug: String
    /// The Kazakh spelling in lower case, for Cyrillic host names.
    let lowercase: String

    init(_ kk: String, _ slug: String) {
        self.kk = kk
        self.ru = kk.withoutKazakhLetters
        self.slug = slug
        self.lowercase = kk.lowercased()
    }
}

/// Words that, with the "Демо" marker, make obviously fictional organisation names.
enum NameRoots {
    static let roots: [Word] = [
        Word("Жұлдыз", "zhuldyz"), Word("Көкжиек", "kokzhiek"),
        Word("Шұғыла", "shugyla"), Word("Ақбұлақ", "akbulak"),
        Word("Таңшолпан", "tansholpan"), Word("Күнбағыс", "kunbagys"),
        Word("Құмырсқа", "kumyrska"), Word("Бұлбұл", "bulbul"),
        Word("Қарлығаш", "karlygash"), Word("Тұлпар", "tulpar"),
        Word("Сұңқар", "sunkar"), Word("Жайлау", "zhailau"),
        Word("Өркен", "orken"), Word("Іргетас", "irgetas"),
        Word("Үркер", "urker"), Word("Әсемтау", "asemtau"),
        Word("Ертегі", "ertegi"), Word("Кемпірқосақ", "kempirkosak"),
        Word("Самал", "samal"), Word("Шапағат", "shapagat"),
        Word("Ырыс", "yrys"), Word("Шаңырақ", "shanyrak"),
        Word("Мейірім", "meirim"), Word("Алтынкүз", "altynkuz"),
        Word("Қызғалдақ", "kyzgaldak"), Word("Бозторғай", "boztorgai"),
        Word("Жидебай", "zhidebai"), Word("Көкпарсай", "kokparsai"),
        Word("Ақтолқын", "aktolkyn"), Word("Сарыжайық", "saryzhaiyk"),
    ]

    /// A second word that multiplies the names available; empty for none.
    static let qualifiers: [Word] = [
        Word("", ""), Word("Капитал", "capital"), Word("Финанс", "finance"), Word("Инвест", "invest"),
        Word("Кредит", "credit"), Word("Плюс", "plus"), Word("Экспресс", "express"),
        Word("Голд", "gold"), Word("Сервис", "service"), Word("Трейд", "trade"),
    ]
}

extension String {
    /// The Russian spelling of a Kazakh text, for files in code page 1251, which lacks ә ғ қ ң ө ұ ү һ.
    var withoutKazakhLetters: String {
        mappingScalars(Self.russianLetter)
    }

    /// The text with some characters replaced, one scalar for one; the rest kept.
    func mappingScalars(_ replacement: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        guard unicodeScalars.contains(where: { replacement($0) != nil }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { replacement($0) ?? $0 }))
    }

    static func russianLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "ә": "а"
        case "ғ": "г"
        case "қ": "к"
        case "ң": "н"
        case "ө": "о"
        case "ұ", "ү": "у"
        case "һ": "х"
        case "і": "и"
        case "Ә": "А"
        case "Ғ": "Г"
        case "Қ": "К"
        case "Ң": "Н"
        case "Ө": "О"
        case "Ұ", "Ү": "У"
        case "Һ": "Х"
        case "І": "И"
        default: nil
        }
    }
}
