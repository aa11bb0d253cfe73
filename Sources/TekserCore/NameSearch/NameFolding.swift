/// Folds a name to the words search compares: one ASCII "skeleton" per word, the same for
/// Kazakh, Russian and Latin spellings ("Сәттілік", "Sättılık", "Sattilik" → "satilik"),
/// with case, quotes, punctuation and legal-form words gone.
public enum NameFolding {
    /// The skeleton words of `name`, in order; legal forms are dropped unless nothing else is left.
    public static func words(_ name: String) -> [[UInt8]] {
        dropLegalForms(rawWords(name, keepingLetters: false).map(skeleton))
    }

    /// The words as written, only lower-cased and stripped of punctuation and legal forms:
    /// equal plain words mean the very same name, not merely a transliteration of it.
    public static func plainWords(_ name: String) -> [String] {
        let raw = rawWords(name)
        let kept = raw.filter { !LegalForms.contains(skeleton($0.ascii)) }
        let words = kept.isEmpty ? raw : kept
        return words.map { String(String.UnicodeScalarView($0.scalars)) }
    }

    /// One word before folding: its lower-cased letters (when kept), and their ASCII spelling.
    struct RawWord {
        var scalars: [Unicode.Scalar] = []
        var ascii: [UInt8] = []
        /// Letters and digits in the word (ъ and ь spell as nothing, yet belong to it).
        var length = 0
    }

    /// Splits on anything that is not a letter or digit; apostrophes vanish inside words.
    /// Without `keepingLetters` only the ASCII spelling is made (indexing a million names
    /// spends most of its time here: lower-casing is a Unicode property lookup per letter).
    static func rawWords(_ name: String, keepingLetters: Bool = true) -> [RawWord] {
        var words: [RawWord] = []
        var word = RawWord()
        for scalar in name.unicodeScalars {
            if ScalarSpelling.appendASCII(of: scalar, to: &word.ascii) {
                if keepingLetters { word.scalars.append(ScalarSpelling.lower(scalar)) }
                word.length += 1
            } else if !ScalarSpelling.isApostrophe(scalar), word.length > 0 {
                words.append(word)
                word = RawWord()
            }
        }
        if word.length > 0 { words.append(word) }
        return words
    }

    private static func skeleton(_ word: RawWord) -> [UInt8] { skeleton(word.ascii) }

    private static func dropLegalForms(_ words: [[UInt8]]) -> [[UInt8]] {
        let kept = words.filter { !$0.isEmpty && !LegalForms.contains($0) }
        return kept.isEmpty ? words.filter { !$0.isEmpty } : kept
    }

    /// Collapses the informal and official Latin spellings of one sound to one letter:
    /// sh/ş/ш → w, zh/j/ж → j, ch/ç/ч → c, kh/h/х/һ → h, gh → g, q → k, ng/ñ → n, y → i,
    /// ae → a, oe → o, ue → u; a lone c is k (s before e, i); doubled letters count once.
    static func skeleton(_ ascii: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: maxSkeletonLength(ascii.count))
        let length = ascii.withUnsafeBufferPointer { ascii in out.withUnsafeMutableBufferPointer { writeSkeleton(of: ascii, into: $0, at: 0) } }
        out.removeLast(out.count - length)
        return out
    }

    /// The most bytes the skeleton of `count` ASCII letters takes (x spells as ks).
    static func maxSkeletonLength(_ count: Int) -> Int { 2 * count }

    /// Writes the skeleton of `ascii` into `out` from `start` (earlier bytes are other words');
    /// returns where it ends. `out` has room for `maxSkeletonLength(ascii.count)` bytes from `start`.
    static func writeSkeleton(of ascii: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var i = 0, end = start
        @inline(__always) func at(_ k: Int) -> UInt8 { k < ascii.count ? ascii[k] : 0 }
        @inline(__always) func append(_ letter: UInt8) {
            if end == start || out[end - 1] != letter {
                out[end] = letter
                end += 1
            }
        }
        while i < ascii.count {
            let c = ascii[i], n = at(i + 1)
            var letter = c, width = 1
            switch (c, n) {
            case (b("s"), b("h")): letter = b("w"); width = at(i + 2) == b("c") && at(i + 3) == b("h") ? 4 : 2
            case (b("z"), b("h")): letter = b("j"); width = 2
            case (b("c"), b("h")): letter = b("c"); width = 2
            case (b("k"), b("h")): letter = b("h"); width = 2
            case (b("g"), b("h")): letter = b("g"); width = 2
            case (b("p"), b("h")): letter = b("f"); width = 2
            case (b("n"), b("g")): letter = b("n"); width = 2
            case (b("a"), b("e")), (b("o"), b("e")), (b("u"), b("e")): width = 2
            case (b("c"), _): letter = n == b("e") || n == b("i") || n == b("y") ? b("s") : b("k")
            case (b("q"), _): letter = b("k")
            case (b("w"), _): letter = b("v")
            case (b("y"), _): letter = b("i")
            case (b("x"), _):
                append(b("k"))
                letter = b("s")
            default: break
            }
            append(letter)
            i += width
        }
        return end
    }

    @inline(__always) private static func b(_ s: Unicode.Scalar) -> UInt8 { UInt8(s.value) }
}

/// Legal-form words in every script, kept as skeletons so that "ТОО", "TOO" and "too" all match.
enum LegalForms {
    static let spelled = [
        "ТОО", "АО", "ИП", "ЖШС", "АҚ", "ЖК", "ОО", "КТ", "ҚБ", "ТОВ", "ООО", "ЗАО", "ОАО", "ПАО", "НАО", "КХ",
        "LLP", "JSC", "LLC", "Ltd", "Inc", "GmbH", "PLC", "Corp", "PJSC", "OJSC", "CJSC",
    ]

    static let skeletons: Set<[UInt8]> = Set(spelled.flatMap { NameFolding.rawWords($0).map { NameFolding.skeleton($0.ascii) } })

    static func contains(_ skeleton: [UInt8]) -> Bool { skeletons.contains(skeleton) }

    /// The same, on bytes in place (no array made): the skeletons are few and short.
    static func contains(_ skeleton: UnsafeBufferPointer<UInt8>) -> Bool {
        skeleton.count <= longest && list.contains { $0.elementsEqual(skeleton) }
    }

    private static let list = Array(skeletons)
    private static let longest = skeletons.map(\.count).max() ?? 0
}
