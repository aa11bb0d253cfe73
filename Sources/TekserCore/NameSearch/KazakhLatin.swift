/// Kazakh Cyrillic ⇄ the official Latin alphabet of 2021 (ä ğ q ñ ö ū ü h ı), so a name
/// can be shown, or typed, in either script.
///
/// Letters outside the Kazakh alphabet (ц щ ъ ь э ю я ё) follow the usual romanisation of
/// the 2021 rules; the official Latin writes х and һ both as h, so h reads back as х, the commoner.
public enum KazakhLatin {
    /// "Сәттілік" → "Sättılık". Anything that is not a Cyrillic letter is kept as it is.
    public static func latin(_ cyrillic: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(cyrillic.unicodeScalars.count)
        for scalar in cyrillic.unicodeScalars {
            let lower = lowercase(scalar)
            guard let latin = toLatin[lower] else { out.unicodeScalars.append(scalar); continue }
            out += lower == scalar ? latin : capitalised(latin)
        }
        return out
    }

    /// "Sättılık" → "Сәттілік": letter by letter, digraphs only where the 2021 rules make them (none).
    public static func cyrillic(_ latin: String) -> String {
        var out = ""
        for character in latin {
            // Dotted and dotless I are two letters here: İ i is и, I ı is і.
            if character == "İ" { out += "И"; continue }
            if character == "I" { out += "І"; continue }
            let lower = character.lowercased()
            guard let cyrillic = toCyrillic[lower] else { out.append(character); continue }
            out += String(character) == lower ? cyrillic : cyrillic.uppercased()
        }
        return out
    }

    /// Lower-case Cyrillic letter → its Latin spelling.
    static let toLatin: [Unicode.Scalar: String] = [
        "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io",
        "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
        "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
        "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "",
        "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    ]

    /// Lower-case official Latin letter → Kazakh Cyrillic.
    static let toCyrillic: [String: String] = [
        "a": "а", "ä": "ә", "b": "б", "c": "ц", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г",
        "ğ": "ғ", "h": "х", "ı": "і", "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н",
        "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т",
        "u": "у", "ū": "ұ", "ü": "ү", "v": "в", "w": "у", "x": "кс", "y": "ы", "z": "з",
    ]

    private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// "ş" → "Ş", "ia" → "Ia"; И and І become İ and I as the 2021 alphabet writes them.
    private static func capitalised(_ latin: String) -> String {
        switch latin {
        case "i": return "İ"
        case "ı": return "I"
        default: return latin.prefix(1).uppercased() + latin.dropFirst()
        }
    }
}
