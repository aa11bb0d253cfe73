import Foundation

/// Every name folded to skeleton words, in flat arrays; built in parallel chunks.
struct FoldedNames {
    /// The words of all names, one after another: word `k` is `bytes[wordEnds[k - 1] ..< wordEnds[k]]`.
    var bytes: [UInt8] = []
    var wordEnds: [UInt32] = []
    var wordCounts: [UInt8] = []
    var orderHashes: [UInt32] = []

    /// At most this many words of a name are indexed.
    static let maxWords = 16

    init(_ names: [String], progress: BuildProgress? = nil) {
        let chunkSize = 16_384
        let chunks = (names.count + chunkSize - 1) / chunkSize
        let results = ConcurrentResults<FoldedNames>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var part = FoldedNames()
            let chunkNames = names[chunk * chunkSize ..< min(names.count, (chunk + 1) * chunkSize)]
            for name in chunkNames { part.append(name) }
            progress?.advance(chunkNames.count)
            results[chunk] = part
        }
        for part in results.values { append(part) }
    }

    private init() {}

    private mutating func append(_ name: String) {
        let words = NameFolding.words(name).prefix(Self.maxWords)
        for word in words {
            bytes.append(contentsOf: word)
            wordEnds.append(UInt32(bytes.count))
        }
        wordCounts.append(UInt8(words.count))
        orderHashes.append(NameIndex.orderHash(words))
    }

    private mutating func append(_ part: FoldedNames) {
        let offset = UInt32(bytes.count)
        bytes += part.bytes
        wordEnds += part.wordEnds.map { $0 + offset }
        wordCounts += part.wordCounts
        orderHashes += part.orderHashes
    }
}

/// The distinct words of folded names, sorted by their bytes, and the id of each word occurrence.
struct Vocabulary {
    var bytes: [UInt8] = []
    var starts: [UInt32] = [0]
    /// The vocabulary id of each word of `FoldedNames`, in the same order.
    var ids: [UInt32] = []

    var count: Int { starts.count - 1 }

    init(_ folded: FoldedNames) {
        // First-seen ids keyed by a 64-bit hash of the word (no allocation per occurrence).
        var firstSeen: [UInt64: UInt32] = [:]
        var firstStart: [UInt32] = []
        var firstEnd: [UInt32] = []
        ids.reserveCapacity(folded.wordEnds.count)
        folded.bytes.withUnsafeBufferPointer { all in
            var start: UInt32 = 0
            for end in folded.wordEnds {
                var hash: UInt64 = 14_695_981_039_346_656_037
                for byte in all[Int(start) ..< Int(end)] { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
                if let id = firstSeen[hash] {
                    ids.append(id)
                } else {
                    let id = UInt32(firstStart.count)
                    firstSeen[hash] = id
                    firstStart.append(start)
                    firstEnd.append(end)
                    ids.append(id)
                }
                start = end
            }
            let order = (0 ..< firstStart.count).sorted { a, b in
                all[Int(firstStart[a]) ..< Int(firstEnd[a])].lexicographicallyPrecedes(all[Int(firstStart[b]) ..< Int(firstEnd[b])])
            }
            var rename = [UInt32](repeating: 0, count: order.count)
            for (sorted, first) in order.enumerated() {
                rename[first] = UInt32(sorted)
                bytes += all[Int(firstStart[first]) ..< Int(firstEnd[first])]
                starts.append(UInt32(bytes.count))
            }
            for k in ids.indices { ids[k] = rename[Int(ids[k])] }
        }
    }
}
