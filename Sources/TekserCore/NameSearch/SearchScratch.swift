import Synchronization

/// Buffers one search works in: a tally per name and a counter per vocabulary word.
///
/// A fresh zeroed 4 MB tally for every search of a million names cost more in page faults
/// than the search itself, so each search borrows buffers that the last one left zeroed.
final class SearchScratch: @unchecked Sendable {
    private var tally: [UInt32]
    private var touched: [UInt32] = []
    private var trigramCounts: [UInt8]

    init(entries: Int, vocabulary: Int) {
        tally = Array(repeating: 0, count: entries)
        trigramCounts = Array(repeating: 0, count: vocabulary)
    }

    /// Lends the buffers; `body` must leave the tally and the counters zero again.
    func withBuffers<Result>(_ body: (UnsafeMutableBufferPointer<UInt32>, inout [UInt32], UnsafeMutableBufferPointer<UInt8>) -> Result) -> Result {
        defer { touched.removeAll(keepingCapacity: true) }
        return tally.withUnsafeMutableBufferPointer { tally in
            trigramCounts.withUnsafeMutableBufferPointer { counts in body(tally, &touched, counts) }
        }
    }
}

/// Scratch buffers shared by the searches of one index, one per concurrent search.
final class SearchScratchPool: Sendable {
    private let idle = Mutex<[SearchScratch]>([])

    init() {}

    func take(entries: Int, vocabulary: Int) -> SearchScratch {
        idle.withLock { $0.popLast() } ?? SearchScratch(entries: entries, vocabulary: vocabulary)
    }

    func give(back scratch: SearchScratch) {
        idle.withLock { $0.append(scratch) }
    }
}
