import Foundation

/// The words of a name that tell one organisation from another, folded so that scripts,
/// transliterations, quotes and legal forms do not matter ("АО «Демо Банк Шанырак Кредит»",
/// "Shanyraq Bank" → `wanirak`). Generic words never make an impostor on their own: screening
/// engines' users complain most about matches on "Bank", "Capital", "Invest", "Group"…
public enum DistinctiveWords {
    /// The distinctive skeletons of `name`: every folded word but legal forms, generic words and numbers.
    public static func of(name: String) -> Set<[UInt8]> {
        Set(NameFolding.rawWords(name).map { NameFolding.skeleton($0.ascii) }.filter(isDistinctive))
    }

    /// The same, from a name just folded (`ByteFolding.fold`); only the distinctive words become arrays.
    static func of(folded: ByteFolding) -> Set<[UInt8]> {
        var words = Set<[UInt8]>()
        folded.skeletons.withUnsafeBufferPointer { all in
            for word in folded.skeletonEnds.indices {
                let skeleton = UnsafeBufferPointer(rebasing: all[folded.wordRange(word)])
                if isDistinctive(skeleton) { words.insert(Array(skeleton)) }
            }
        }
        return words
    }

    /// The words a link is built from: a site's host without `www` and its top-level domain, or
    /// an account's handle, split at dots, dashes and underscores (a Cyrillic host is read in Cyrillic).
    public static func of(link: Link) -> [[UInt8]] {
        allWords(of: link).filter(isDistinctive)
    }

    /// Every folded word of a link's host or handle, generic ones included.
    static func allWords(of link: Link) -> [[UInt8]] {
        var folding = ByteFolding()
        return allWords(ofKey: link.indexKey[...], folding: &folding) ?? []
    }

    /// The same from the link's index key (`Link.indexKey`, which the link index has made for
    /// every listed link already): `p host/path…` or `a platform:@handle`; `nil` for a bare
    /// `@handle`, whose platform is not known (`a any:@handle`). `folding`'s buffers are reused.
    static func allWords(ofKey key: ArraySlice<UInt8>, folding: inout ByteFolding) -> [[UInt8]]? {
        fold(key: key, into: &folding) ? folding.allWords : nil
    }

    /// Folds the words of the link whose index key is `key` into `folding` (see `allWords(ofKey:folding:)`);
    /// false, with nothing folded, for a bare `@handle` (or any key that is no link's).
    static func fold(key: ArraySlice<UInt8>, into folding: inout ByteFolding) -> Bool {
        if key.starts(with: "p ".utf8) {
            // A host holds no `/` or `?` (LinkParser takes letters, digits, `-`, `_` and dots only).
            let host = key.dropFirst(2).prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") }
            // The labels but the top-level domain and `www`; only a punycode host (`xn--…`) is read
            // through URLComponents (in Cyrillic), which is slow; the others stay bytes.
            let punycode = host.indices.contains { host[$0...].starts(with: "xn--".utf8) }
            let decoded = punycode ? URLComponents(string: "https://" + String(decoding: host, as: UTF8.self))?.host.map { Array($0.utf8) } ?? Array(host) : Array(host)
            let labels = decoded.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: true).dropLast().filter { !$0.elementsEqual("www".utf8) }
            let text = Array(labels.joined(separator: [0x20]))
            text.withUnsafeBufferPointer { folding.fold($0) }
        } else if key.starts(with: "a ".utf8), !key.starts(with: "a any:@".utf8), let at = key.firstIndex(of: UInt8(ascii: "@")) {
            key[(at + 1)...].withContiguousStorageIfAvailable { folding.fold($0) }
        } else {
            return false
        }
        return true
    }

    /// At least three letters, not a number, not a legal form, not a generic word.
    static func isDistinctive(_ skeleton: [UInt8]) -> Bool {
        skeleton.withUnsafeBufferPointer(isDistinctive)
    }

    static func isDistinctive(_ skeleton: UnsafeBufferPointer<UInt8>) -> Bool {
        skeleton.count >= 3 && !skeleton.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && !LegalForms.contains(skeleton) && !isGeneric(skeleton)
    }

    /// Whether `skeleton` is a generic word, with no array made of it unless its hash is a generic word's.
    private static func isGeneric(_ skeleton: UnsafeBufferPointer<UInt8>) -> Bool {
        genericHashes.contains(Checksum.of(UnsafeRawBufferPointer(skeleton))) && generic.contains(Array(skeleton))
    }

    private static let genericHashes = Set(generic.map { $0.withUnsafeBytes { Checksum.of($0) } })

    /// Generic words of financial names, in Russian, Kazakh and Latin spellings (folded like names).
    static let spelled = [
        "Банк", "Банкі", "Банкы", "Bank", "Banki", "Капитал", "Капиталь", "Capital", "Kapital", "Инвест", "Инвестиции",
        "Инвестиционный", "Инвестициялық", "Invest", "Investment", "Investments", "Финанс", "Финансы", "Финансовый",
        "Қаржы", "Finance", "Financial", "Finans", "Кредит", "Кредиттік", "Credit", "Kredit", "Народный",
        "Онлайн", "Online", "Group", "Груп", "Групп", "Pro", "Про", "KZ", "КЗ", "Demo", "Демо", "Плюс", "Plus",
        "Страховая", "Страхование", "Страховой", "Сақтандыру", "Insurance", "Компания", "Компаниясы", "Company",
        "Микрофинансовая", "Микроқаржы", "Microfinance", "МФО", "МҚҰ", "MFO", "Организация", "Ұйымы", "Брокер", "Broker",
        "Траст", "Trust", "Фонд", "Қоры", "Fund", "Холдинг", "Holding", "Ломбард", "Lombard", "Товарищество", "Серіктестігі",
        "Казахстан", "Қазақстан", "Kazakhstan", "Qazaqstan", "Астана", "Astana", "Алматы", "Almaty", "International",
        "Global", "Сервис", "Service", "Digital", "Pay", "Money", "Club", "Клуб", "Клубы", "Актив", "Asset", "Assets",
        "Market", "Маркет", "Exchange", "Бюро", "Bureau", "Partners", "Партнер", "Эксперт", "Expert", "Express", "Экспресс",
        "Life", "Лайф", "Өмір", "Жизнь", "Gold", "Голд", "Crypto", "Крипто", "Trade", "Трейд", "Profit", "Профит",
        "Центр", "Орталығы", "Center", "Centre", "Home", "Дом", "Official", "Info", "Site", "Web", "Net", "Com",
        "Reinsurance", "Перестраховочная", "Қайта", "Дилер", "Dealer", "Registrar", "Регистратор", "Custodian",
    ]

    /// Whether `text` is nothing but generic words run together ("invest", "bankofficial").
    static func isGenericGlue(_ text: ArraySlice<UInt8>) -> Bool {
        guard !text.isEmpty else { return true }
        var reachable = [true] + Array(repeating: false, count: text.count)
        let bytes = Array(text)
        for start in 0 ..< bytes.count where reachable[start] {
            for word in genericByLength where start + word.count <= bytes.count && !reachable[start + word.count] {
                if bytes[start ..< start + word.count].elementsEqual(word) { reachable[start + word.count] = true }
            }
        }
        return reachable[bytes.count]
    }

    private static let genericByLength = generic.sorted { $0.count > $1.count }

    static let generic: Set<[UInt8]> = Set(spelled.flatMap { NameFolding.rawWords($0).map { NameFolding.skeleton($0.ascii) } })
}
