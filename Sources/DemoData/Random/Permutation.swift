/// A bijection of `0..<size` that scatters consecutive numbers, so a plain counter gives
/// values that look random yet never repeat — uniqueness without remembering what was used.
struct Permutation {
    let size: Int
    private let step: Int
    private let offset: Int

    init(size: Int, random: inout SplitMix64) {
        precondition(size > 0 && size < 1 << 31, "a permutation needs a size that fits the arithmetic")
        var step = size / 2 + random.below(size / 2 + 1)
        while Self.greatestCommonDivisor(step, size) != 1 { step += 1 }
        self.size = size
        self.step = step % size
        self.offset = random.below(size)
    }

    /// The image of `index`, which may be any non-negative number (it wraps around `size`).
    func callAsFunction(_ index: Int) -> Int {
        ((index % size) * step + offset) % size
    }

    private static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : greatestCommonDivisor(b, a % b)
    }
}
