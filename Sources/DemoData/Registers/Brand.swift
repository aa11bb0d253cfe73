/// A project's brand: its name as written and the Latin words its web addresses are built from.
struct Brand {
    let display: String
    let slugParts: [String]
    /// A Cyrillic host name (`демо-табыс-плюс`) when the brand has no Latin letters.
    let cyrillicHost: String?

    func slug(_ separator: String) -> String {
        slugParts.joined(separator: separator)
    }
}

/// Hands out distinct brands: a counter walks every word × suffix pair in scattered order,
/// and when all are used, a round number is appended ("Демо Табыс 2").
struct BrandMaker {
    private static let words = SchemeVocabulary.cyrillicWords + SchemeVocabulary.latinWords
    private let order: Permutation
    private var made = 0

    init(random: inout SplitMix64) {
        order = Permutation(size: Self.words.count * SchemeVocabulary.suffixes.count, random: &random)
    }

    mutating func next() -> Brand {
        let combination = order(made)
        let round = made / order.size
        made += 1
        let wordIndex = combination % Self.words.count
        let word = Self.words[wordIndex]
        let suffix = SchemeVocabulary.suffixes[combination / Self.words.count]
        let roundText = round > 0 ? String(round + 1) : ""
        let cyrillic = wordIndex < SchemeVocabulary.cyrillicWords.count
        let display = [cyrillic ? "Демо" : "Demo", word.kk, suffix.kk, roundText].filter { !$0.isEmpty }
            .joined(separator: " ")
        let hasLatin = !cyrillic || suffix.kk.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
        return Brand(
            display: display,
            slugParts: ["demo", word.slug, suffix.slug, roundText].filter { !$0.isEmpty },
            cyrillicHost: hasLatin ? nil : ["демо", word.lowercase, suffix.lowercase, roundText].filter { !$0.isEmpty }
                .joined(separator: "-"))
    }
}
