/// SplitMix64: a tiny generator whose output is fixed by its seed on every platform and
/// Swift version, so regenerating the demo data gives byte-identical files.
///
/// The helpers below avoid the standard library's `random(in:using:)`, whose algorithm
/// is not promised to stay the same between releases.
public struct SplitMix64 {
    private var state: UInt64

    /// Public so the benchmark picks its probe keys with the same reproducible generator.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits; the whole sequence is fixed by the seed.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A generator for a separate purpose, so adding draws to one stream does not shift another.
    mutating func fork() -> SplitMix64 {
        SplitMix64(seed: next())
    }

    /// A value in `0..<bound`; the modulo bias is negligible for demo data.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "an empty range has no values")
        return Int(next() % UInt64(bound))
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True in about `percent` cases out of a hundred.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element {
        items[items.index(items.startIndex, offsetBy: below(items.count))]
    }

    /// One of the values, each as likely as its weight.
    mutating func weighted<T>(_ table: [(T, Int)]) -> T {
        var roll = below(table.reduce(0) { $0 + $1.1 })
        for (value, weight) in table {
            if roll < weight { return value }
            roll -= weight
        }
        preconditionFailure("weights must be positive")
    }

    /// Fisher–Yates with this generator, for an order that depends on the seed only.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(index, below(index + 1))
        }
    }
}
