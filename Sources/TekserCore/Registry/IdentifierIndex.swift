/// Identifier → rows, as one sorted array of packed `(number << 24) | row`.
///
/// Twelve digits fit in 40 bits, leaving 24 bits for the row: up to 16.7 million rows
/// per source, at 8 bytes a row and a binary search per lookup.
public struct IdentifierIndex: Sendable {
    static let rowBits: UInt64 = 24
    /// The most rows one source can hold.
    public static let maxRows = 1 << 24

    private let packed: [UInt64]

    /// `entries`: (identifier number, row ordinal) pairs, in any order.
    init(packing entries: [UInt64]) {
        packed = entries.sorted()
    }

    static func pack(number: UInt64, row: Int) -> UInt64 {
        number << rowBits | UInt64(row)
    }

    /// The rows holding `number`, in file order.
    public func rows(for number: UInt64) -> [Int] {
        var position = lowerBound(number)
        var rows: [Int] = []
        while position < packed.count, packed[position] >> Self.rowBits == number {
            rows.append(Int(packed[position] & ((1 << Self.rowBits) - 1)))
            position += 1
        }
        return rows
    }

    /// Whether any row holds `number`; allocates nothing.
    public func contains(_ number: UInt64) -> Bool {
        let position = lowerBound(number)
        return position < packed.count && packed[position] >> Self.rowBits == number
    }

    private func lowerBound(_ number: UInt64) -> Int {
        let key = number << Self.rowBits
        var lo = 0, hi = packed.count
        while lo < hi {
            let mid = (lo &+ hi) >> 1
            if packed[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    public var count: Int { packed.count }
}
