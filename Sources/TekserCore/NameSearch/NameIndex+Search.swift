/// How one indexed name matched a query, before the words as written are compared.
public struct NameHit: Sendable, Hashable {
    public let entry: Int
    public let matchedWords: Int
    public let queryWords: Int
    public let nameWords: Int
    /// Letters changed over all matched words.
    public let edits: Int
    /// The same skeleton words in the same order.
    public let sameOrder: Bool

    /// Every query word matched a word of the name and the name has no other words.
    public var isComplete: Bool { matchedWords == queryWords && queryWords == nameWords }
}

extension NameIndex {
    /// At most this many words of a query are searched.
    static let maxQueryWords = 8

    /// The best `limit` entries for `query`, best first (by score, then rank, then entry).
    public func search(_ query: String, limit: Int) -> [NameHit] {
        search(words: NameFolding.words(query), limit: limit)
    }

    func search(words: [[UInt8]], limit: Int) -> [NameHit] {
        let query = Array(words.prefix(Self.maxQueryWords).map { Array($0.prefix(64)) })
        guard !query.isEmpty, count > 0, limit > 0 else { return [] }
        let scratch = scratchPool.take(entries: count, vocabulary: vocabStart.count - 1)
        defer { scratchPool.give(back: scratch) }
        return scratch.withBuffers { tally, touched, trigramCounts in
            tallied(query, limit: limit, tally: tally, touched: &touched, trigramCounts: trigramCounts)
        }
    }

    /// The search proper, on buffers that are all zero on entry and left all zero on exit.
    private func tallied(_ query: [[UInt8]], limit: Int, tally: UnsafeMutableBufferPointer<UInt32>,
                         touched: inout [UInt32], trigramCounts: UnsafeMutableBufferPointer<UInt8>) -> [NameHit] {
        // Per entry: (query word that last matched + 1) << 16 | matched words << 8 | edits.
        for (position, word) in query.enumerated() {
            let mark = UInt32(position + 1) << 16
            for (vocabularyWord, distance) in vocabularyMatches(word, counts: trigramCounts) {
                for posting in Int(postingStart[vocabularyWord]) ..< Int(postingStart[vocabularyWord + 1]) {
                    let entry = Int(postings[posting])
                    let current = tally[entry]
                    if current & 0xFF_0000 == mark { continue }
                    if current == 0 { touched.append(UInt32(entry)) }
                    let matched = (current >> 8 & 0xFF) + 1
                    tally[entry] = mark | matched << 8 | min(255, (current & 0xFF) + UInt32(distance))
                }
            }
        }
        let queryHash = Self.orderHash(query)
        var hits: [(hit: NameHit, order: Int)] = []
        hits.reserveCapacity(touched.count)
        for entry in touched.lazy.map(Int.init) {
            let value = tally[entry], nameWords = Int(wordCounts[entry])
            tally[entry] = 0
            let matched = min(Int(value >> 8 & 0xFF), nameWords), edits = Int(value & 0xFF)
            guard matched * 2 >= query.count else { continue }
            let complete = matched == query.count && query.count == nameWords
            let hit = NameHit(entry: entry, matchedWords: matched, queryWords: query.count, nameWords: nameWords,
                              edits: edits, sameOrder: complete && edits == 0 && orderHashes[entry] == queryHash)
            hits.append((hit, NameMatchReason(hit, sameWhenWritten: true).score * 8 + Int(ranks[entry] & 7)))
        }
        return Self.best(hits, limit: limit)
    }

    /// The `limit` best hits without sorting them all: a histogram of orders finds the cut.
    private static func best(_ hits: [(hit: NameHit, order: Int)], limit: Int) -> [NameHit] {
        var histogram = [Int](repeating: 0, count: 101 * 8)
        for hit in hits { histogram[hit.order] += 1 }
        var cut = histogram.count - 1, taken = 0
        while cut > 0, taken + histogram[cut] < limit {
            taken += histogram[cut]
            cut -= 1
        }
        var room = limit - taken
        var chosen: [(hit: NameHit, order: Int)] = []
        for hit in hits where hit.order > cut || (hit.order == cut && room > 0) {
            if hit.order == cut { room -= 1 }
            chosen.append(hit)
        }
        return chosen.sorted { $0.order != $1.order ? $0.order > $1.order : $0.hit.entry < $1.hit.entry }.map(\.hit)
    }

    /// Vocabulary words within the word's typo tolerance, closest first.
    private func vocabularyMatches(_ word: [UInt8], counts: UnsafeMutableBufferPointer<UInt8>) -> [(Int, Int)] {
        word.withUnsafeBufferPointer { query in
            var found: [(Int, Int)] = []
            let exact = find(query)
            if let exact { found.append((exact, 0)) }
            let tolerance = EditDistance.tolerance(forLength: query.count)
            guard tolerance > 0 else { return found }
            let keys = Trigram.distinctKeys(query)
            // An edit changes at most three trigrams, a swap of neighbours four.
            let threshold = max(1, keys.count - 4 * tolerance)
            var seen: [Int] = []
            for key in keys {
                for position in Int(trigramStart[Int(key)]) ..< Int(trigramStart[Int(key) + 1]) {
                    let candidate = Int(trigramWords[position])
                    if counts[candidate] == 0 { seen.append(candidate) }
                    counts[candidate] &+= 1
                }
            }
            for candidate in seen {
                if Int(counts[candidate]) >= threshold, candidate != exact,
                   let distance = withWord(candidate, { EditDistance.within(query, $0, limit: tolerance) }) {
                    found.append((candidate, distance))
                }
                counts[candidate] = 0
            }
            return found.sorted { $0.1 < $1.1 }
        }
    }

    /// The vocabulary id of exactly `word`, by binary search over the sorted vocabulary.
    private func find(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        var low = 0, high = vocabStart.count - 1
        while low < high {
            let middle = (low + high) / 2
            if withWord(middle, { $0.lexicographicallyPrecedes(word) }) { low = middle + 1 } else { high = middle }
        }
        guard low < vocabStart.count - 1, withWord(low, { $0.elementsEqual(word) }) else { return nil }
        return low
    }
}
