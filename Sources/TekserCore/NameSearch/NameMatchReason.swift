/// Why a name matched, from the best kind of match to the weakest; each carries its score
/// (0–100) and is told to the user as a reason.
public enum NameMatchReason: Hashable, Sendable, Localizable {
    /// The same words, in the same order, as written (case, quotes, legal form aside).
    case sameName
    /// The same words as written, in another order.
    case otherOrder
    /// The same name in another script or spelling ("Сәттілік" for "Sattilik").
    case otherScript
    /// Every word matched, `letters` letters differ in all.
    case typo(letters: Int)
    /// Every word typed is in the name, which has `extra` more words ("Демо Сәттілік" for
    /// "Интернет-платформа «Демо Сәттілік Онлайн»"); `letters` letters differ in all.
    case allWordsTyped(extra: Int, letters: Int)
    /// `matched` words of `total` matched.
    case partial(matched: Int, total: Int, letters: Int)

    /// Ranks a hit; `sameWhenWritten` says whether its words as written equal the query's,
    /// asked only of a hit complete without typos (most hits of a search are neither).
    public init(_ hit: NameHit, sameWhenWritten: @autoclosure () -> Bool) {
        if hit.matchedWords == hit.queryWords, hit.nameWords > hit.queryWords {
            self = .allWordsTyped(extra: hit.nameWords - hit.queryWords, letters: hit.edits)
        } else if !hit.isComplete {
            self = .partial(matched: hit.matchedWords, total: max(hit.queryWords, hit.nameWords), letters: hit.edits)
        } else if hit.edits > 0 {
            self = .typo(letters: hit.edits)
        } else if !sameWhenWritten() {
            self = .otherScript
        } else {
            self = hit.sameOrder ? .sameName : .otherOrder
        }
    }

    /// Exact beats word order beats transliteration beats typos beats a name holding every word
    /// typed (51–70) beats part of the words (under 50).
    public var score: Int {
        switch self {
        case .sameName: 100
        case .otherOrder: 95
        case .otherScript: 90
        case .typo(let letters): max(60, 85 - 5 * letters)
        case .allWordsTyped(let extra, let letters): max(51, 70 - 4 * extra - 5 * letters)
        case .partial(let matched, let total, let letters): max(5, 50 * matched / max(1, total) - 5 * letters)
        }
    }

    public var message: Message {
        switch self {
        case .sameName: Message("names.reason.sameName")
        case .otherOrder: Message("names.reason.otherOrder")
        case .otherScript: Message("names.reason.otherScript")
        case .typo(let letters): Message("names.reason.typo", ["count": .number(letters)])
        case .allWordsTyped: Message("names.reason.allWordsTyped")
        case .partial(let matched, let total, _): Message("names.reason.partial", ["count": .number(matched), "total": .number(total)])
        }
    }
}
