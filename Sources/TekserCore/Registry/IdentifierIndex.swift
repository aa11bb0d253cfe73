/// Identifier → rows, as one sorted array of packed `(number << 24) | row`.
///
/// Twelve digits fit in 40 bits, leaving 24 bits for the row: up to 16.7 million rows
/// per source, at 8 bytes a row and a binary search per lookup. Mapped from a compiled file,
/// the array comes in blocks of `blockSize` entries, each with its checksum, and the first
/// entry of every block (its fence) in a section verified when the file is opened: a lookup
/// checks only the blocks it reads, so a one-shot check touches a few pages, not the index.
public struct IdentifierIndex: Sendable {
    static let rowBits: UInt64 = 24
    /// The most rows one source can hold.
    public static let maxRows = 1 << 24
    /// Entries per checksummed block of a compiled index (128 bytes: a lookup hashes one or two).
    static let blockSize = 16

    let packed: FlatArray<UInt64>
    /// For a compiled index: the first entry and the checksum of each block (else empty).
    let fences: FlatArray<UInt64>
    let sums: FlatArray<UInt64>
    /// Whether blocks are verified as they are read (a compiled index).
    let checked: Bool
    /// One bit per hash of the numbers held, eight bits per entry: most misses end on one word,
    /// one cache miss instead of a search (a set bit may still be a miss; a clear one never a hit).
    let filter: FlatArray<UInt64>

    /// `entries`: (identifier number, row ordinal) pairs, in any order.
    init(packing entries: [UInt64]) {
        packed = FlatArray(entries.sorted())
        fences = FlatArray([])
        sums = FlatArray([])
        checked = false
        filter = FlatArray(Self.filter(for: packed))
    }

    /// A compiled index; `fences` and `filter` were verified, each block is when it is read.
    init(packed: FlatArray<UInt64>, fences: FlatArray<UInt64>, sums: FlatArray<UInt64>, filter: FlatArray<UInt64>) {
        self.packed = packed
        self.fences = fences
        self.sums = sums
        self.filter = filter
        checked = true
    }

    /// The filter words of a sorted packed array: a power of two of them, at least one.
    static func filter(for packed: FlatArray<UInt64>) -> [UInt64] {
        var words = 1
        while words * 64 < packed.count * 8 { words <<= 1 }
        var filter = [UInt64](repeating: 0, count: words)
        for entry in packed {
            let bit = filterBit(entry >> rowBits, words: words)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return filter
    }

    @inline(__always) static func filterBit(_ number: UInt64, words: Int) -> Int {
        Int(truncatingIfNeeded: (number &* 0x9E37_79B9_7F4A_7C15) >> 20) & (words * 64 - 1)
    }

    /// False when `number` is surely held by no row.
    @inline(__always) private func mayHold(_ number: UInt64) -> Bool {
        let words = filter.count
        guard words > 0 else { return true }
        let bit = Self.filterBit(number, words: words)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    static func pack(number: UInt64, row: Int) -> UInt64 {
        number << rowBits | UInt64(row)
    }

    /// The checksum of block `block` of a sorted packed array.
    static func blockSum(_ packed: UnsafeBufferPointer<UInt64>, block: Int) -> UInt64 {
        let start = block * blockSize
        let slice = UnsafeBufferPointer(rebasing: packed[start ..< min(packed.count, start + blockSize)])
        return Checksum.of(UnsafeRawBufferPointer(slice), seed: UInt64(block))
    }

    /// The rows holding `number`, in file order; `nil` when a block read does not match its checksum.
    func rows(for number: UInt64) -> [Int]? {
        guard mayHold(number) else { return [] }
        return withView { view in
            guard var position = view.lowerBound(number) else { return nil }
            var rows: [Int] = []
            while position < view.packed.count {
                guard view.check(position) else { return nil }
                let entry = view.packed[position]
                guard entry >> Self.rowBits == number else { break }
                rows.append(Int(entry & ((1 << Self.rowBits) - 1)))
                position += 1
            }
            return rows
        }
    }

    /// Whether any row holds `number` (`nil`: a damaged block); allocates nothing.
    func contains(_ number: UInt64) -> Bool? {
        guard mayHold(number) else { return false }
        return withView { view in
            guard let position = view.lowerBound(number) else { return nil }
            guard position < view.packed.count else { return false }
            guard view.check(position) else { return nil }
            return view.packed[position] >> Self.rowBits == number
        }
    }

    public var count: Int { packed.count }

    /// One lookup's view of the arrays as plain buffers: no reference counting in its loops.
    private func withView<R>(_ body: (inout View) -> R) -> R {
        packed.withUnsafeBufferPointer { packed in
            fences.withUnsafeBufferPointer { fences in
                sums.withUnsafeBufferPointer { sums in
                    var view = View(packed: packed, fences: fences, sums: sums, checked: checked)
                    return body(&view)
                }
            }
        }
    }

    /// Searches the arrays, verifying each block once per lookup as the lookup reaches it.
    private struct View {
        let packed: UnsafeBufferPointer<UInt64>
        let fences: UnsafeBufferPointer<UInt64>
        let sums: UnsafeBufferPointer<UInt64>
        let checked: Bool
        var verified = -1

        init(packed: UnsafeBufferPointer<UInt64>, fences: UnsafeBufferPointer<UInt64>, sums: UnsafeBufferPointer<UInt64>, checked: Bool) {
            self.packed = packed
            self.fences = fences
            self.sums = sums
            self.checked = checked
        }

        mutating func check(_ position: Int) -> Bool {
            guard checked else { return true }
            let block = position / IdentifierIndex.blockSize
            if block == verified { return true }
            guard block < sums.count, IdentifierIndex.blockSum(packed, block: block) == sums[block] else { return false }
            verified = block
            return true
        }

        /// The first position whose entry is not below `number`'s, searching only verified blocks.
        mutating func lowerBound(_ number: UInt64) -> Int? {
            let key = number << IdentifierIndex.rowBits
            var lo = 0, hi = packed.count
            if checked {
                // The last block whose fence is below the key holds the answer, or it starts the next block.
                var first = 0, last = fences.count
                while first < last {
                    let mid = (first &+ last) >> 1
                    if fences[mid] < key { first = mid + 1 } else { last = mid }
                }
                guard first > 0 else { return 0 }
                lo = (first - 1) * IdentifierIndex.blockSize
                hi = min(packed.count, first * IdentifierIndex.blockSize)
                guard check(lo) else { return nil }
            }
            while lo < hi {
                let mid = (lo &+ hi) >> 1
                if packed[mid] < key { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }
}
