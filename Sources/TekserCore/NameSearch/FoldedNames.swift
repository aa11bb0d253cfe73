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

    /// Folds `names` in parallel chunks; entry `i` is `names[i]`.
    init(_ names: [String], progress: BuildProgress? = nil) {
        let chunkSize = 16_384
        self.init(chunks: (names.count + chunkSize - 1) / chunkSize) { chunk, part in
            let chunkNames = names[chunk * chunkSize ..< min(names.count, (chunk + 1) * chunkSize)]
            for var name in chunkNames { name.withUTF8 { part.append(utf8: $0) } }
            progress?.advance(chunkNames.count)
        }
    }

    /// Runs `fill` for each chunk on all cores, each appending its names (UTF-8) to its own
    /// part; the parts are joined in chunk order.
    init(chunks: Int, _ fill: @Sendable (Int, inout Part) -> Void) {
        let results = ConcurrentResults<FoldedNames>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var part = Part()
            fill(chunk, &part)
            results[chunk] = part.names
        }
        let parts = results.values
        // Room for all at once: grown part by part, the arrays were copied at every doubling.
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        wordEnds.reserveCapacity(parts.reduce(0) { $0 + $1.wordEnds.count })
        wordCounts.reserveCapacity(parts.reduce(0) { $0 + $1.wordCounts.count })
        orderHashes.reserveCapacity(parts.reduce(0) { $0 + $1.orderHashes.count })
        for part in parts { append(part) }
    }

    /// The names one chunk folds, with the buffers it reuses.
    struct Part {
        fileprivate var names = FoldedNames()
        private var folding = ByteFolding()

        /// Folds one name and appends its words (at most `maxWords`).
        mutating func append(utf8 name: UnsafeBufferPointer<UInt8>) {
            folding.fold(name)
            var hash = NameIndex.OrderHash()
            let words = folding.kept.prefix(FoldedNames.maxWords)
            for word in words {
                let range = folding.wordRange(word)
                folding.skeletons.withUnsafeBufferPointer { all in
                    let word = UnsafeBufferPointer(rebasing: all[range])
                    hash.add(word)
                    names.bytes.append(contentsOf: word)
                }
                names.wordEnds.append(UInt32(names.bytes.count))
            }
            names.wordCounts.append(UInt8(words.count))
            names.orderHashes.append(hash.value)
        }
    }

    private init() {}

    private mutating func append(_ part: FoldedNames) {
        let offset = UInt32(bytes.count)
        bytes += part.bytes
        for end in part.wordEnds { wordEnds.append(end + offset) }
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
