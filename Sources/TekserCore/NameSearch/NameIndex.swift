import Foundation

/// A search index over many names, in flat arrays (CSR) of 32-bit ids so that a million names
/// take less memory than their text: a sorted vocabulary of distinct skeleton words, a trigram
/// index over that vocabulary for typos, and postings from each word to the names holding it.
public struct NameIndex: Sendable {
    /// Vocabulary: the skeleton bytes of word `w` are `vocabBytes[vocabStart[w] ..< vocabStart[w + 1]]`, sorted.
    let vocabBytes: FlatArray<UInt8>
    let vocabStart: FlatArray<UInt32>
    /// Trigram → vocabulary words containing it.
    let trigramStart: FlatArray<UInt32>
    let trigramWords: FlatArray<UInt32>
    /// Vocabulary word → entries (names) holding it, ascending.
    let postingStart: FlatArray<UInt32>
    let postings: FlatArray<UInt32>
    /// Per entry: how many words it has, a hash of its words in order, and its tie-break rank.
    let wordCounts: FlatArray<UInt8>
    let orderHashes: FlatArray<UInt32>
    let ranks: FlatArray<UInt8>
    /// Buffers reused from one search to the next.
    let scratchPool = SearchScratchPool()

    /// The number of names (entries) indexed.
    public var count: Int { wordCounts.count }

    /// Bytes held by the index's arrays.
    public var memoryBytes: Int {
        vocabBytes.count + 4 * (vocabStart.count + trigramStart.count + trigramWords.count + postingStart.count
            + postings.count + orderHashes.count) + wordCounts.count + ranks.count
    }

    /// Indexes `names`; entry `i` is `names[i]`. `ranks[i]` (0–7, higher first) breaks ties
    /// between equal scores, e.g. the severity of the registry the name comes from.
    /// `progress` hears of the names folded, for a build's progress line.
    public init(names: [String], ranks: [UInt8], progress: BuildProgress? = nil) {
        self.init(folded: FoldedNames(names, progress: progress), ranks: ranks)
    }

    /// Indexes names already folded; entry `i` is the `i`-th name folded.
    init(folded: FoldedNames, ranks: [UInt8]) {
        precondition(folded.wordCounts.count == ranks.count && ranks.count < Int(UInt32.max))
        let vocabulary = Vocabulary(folded)
        let (postingStart, postings) = CSR.build(keys: vocabulary.count) { emit in
            var start = 0
            for entry in 0 ..< folded.wordCounts.count {
                let end = start + Int(folded.wordCounts[entry])
                for k in start ..< end where !vocabulary.ids[start ..< k].contains(vocabulary.ids[k]) {
                    emit(Int(vocabulary.ids[k]), UInt32(entry))
                }
                start = end
            }
        }
        let (trigramStart, trigramWords) = CSR.build(keys: Trigram.keyCount) { emit in
            for word in 0 ..< vocabulary.count {
                vocabulary.bytes.withUnsafeBufferPointer { all in
                    let bytes = UnsafeBufferPointer(rebasing: all[Int(vocabulary.starts[word]) ..< Int(vocabulary.starts[word + 1])])
                    for key in Trigram.distinctKeys(bytes) { emit(Int(key), UInt32(word)) }
                }
            }
        }
        self.init(vocabBytes: FlatArray(vocabulary.bytes), vocabStart: FlatArray(vocabulary.starts),
                  trigramStart: FlatArray(trigramStart), trigramWords: FlatArray(trigramWords),
                  postingStart: FlatArray(postingStart), postings: FlatArray(postings),
                  wordCounts: FlatArray(folded.wordCounts), orderHashes: FlatArray(folded.orderHashes), ranks: FlatArray(ranks))
    }

    /// An index from its arrays, as a compiled file holds them.
    init(vocabBytes: FlatArray<UInt8>, vocabStart: FlatArray<UInt32>, trigramStart: FlatArray<UInt32>,
         trigramWords: FlatArray<UInt32>, postingStart: FlatArray<UInt32>, postings: FlatArray<UInt32>,
         wordCounts: FlatArray<UInt8>, orderHashes: FlatArray<UInt32>, ranks: FlatArray<UInt8>) {
        self.vocabBytes = vocabBytes
        self.vocabStart = vocabStart
        self.trigramStart = trigramStart
        self.trigramWords = trigramWords
        self.postingStart = postingStart
        self.postings = postings
        self.wordCounts = wordCounts
        self.orderHashes = orderHashes
        self.ranks = ranks
    }

    /// The skeleton bytes of vocabulary word `word`.
    @inline(__always) func withWord<R>(_ word: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        vocabBytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(vocabStart[word]) ..< Int(vocabStart[word + 1])]))
        }
    }

    /// FNV-1a over the skeleton words in order, a space between: equal hashes mean the same words in the same order.
    static func orderHash<S: Sequence>(_ words: S) -> UInt32 where S.Element: Sequence<UInt8> {
        var hash = OrderHash()
        for word in words { hash.add(word) }
        return hash.value
    }

    /// `orderHash` one word at a time.
    struct OrderHash {
        private(set) var value: UInt32 = 2_166_136_261

        @inline(__always) mutating func add<Word: Sequence<UInt8>>(_ word: Word) {
            for byte in word { value = (value ^ UInt32(byte)) &* 16_777_619 }
            value = (value ^ 0x20) &* 16_777_619
        }
    }
}

/// Compressed sparse rows: key → values, as one offsets array and one values array.
enum CSR {
    /// Calls `fill` twice (count, then place) so no per-key array is ever allocated.
    static func build(keys: Int, _ fill: ((Int, UInt32) -> Void) -> Void) -> ([UInt32], [UInt32]) {
        var starts = [UInt32](repeating: 0, count: keys + 1)
        fill { key, _ in starts[key + 1] += 1 }
        for key in 0 ..< keys { starts[key + 1] += starts[key] }
        var cursor = starts
        var values = [UInt32](repeating: 0, count: Int(starts[keys]))
        fill { key, value in
            values[Int(cursor[key])] = value
            cursor[key] += 1
        }
        return (starts, values)
    }
}

/// Trigrams of a skeleton word padded with a boundary mark on each side, as 18-bit keys.
enum Trigram {
    static let keyCount = 1 << 18

    @inline(__always) static func code(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0x61 ... 0x7A: UInt32(byte - 0x60)
        case 0x30 ... 0x39: UInt32(byte - 0x30 + 27)
        default: 0
        }
    }

    /// The distinct trigram keys of "^word$" (as many as letters, before removing repeats).
    static func distinctKeys(_ word: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        var keys: [UInt32] = []
        keys.reserveCapacity(word.count)
        var previous2: UInt32 = 0, previous: UInt32 = 0
        for position in 1 ... word.count + 1 {
            let current = position <= word.count ? code(word[position - 1]) : 0
            if position >= 2 {
                let key = previous2 << 12 | previous << 6 | current
                if !keys.contains(key) { keys.append(key) }
            }
            (previous2, previous) = (previous, current)
        }
        return keys
    }
}
