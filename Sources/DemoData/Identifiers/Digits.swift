/// Decimal digits for building identifiers and fixed-width numbers.
enum Digits {
    /// Appends the `width` low decimal digits of `value`, most significant first.
    static func append(_ value: Int, width: Int, to digits: inout [Int]) {
        var divisor = 1
        for _ in 1..<max(width, 1) { divisor *= 10 }
        while divisor > 0 {
            digits.append(value / divisor % 10)
            divisor /= 10
        }
    }

    static func padded(_ value: Int, width: Int) -> String {
        var digits: [Int] = []
        append(value, width: width, to: &digits)
        return text(digits)
    }

    static func text(_ digits: [Int]) -> String {
        String(unsafeUninitializedCapacity: digits.count) { buffer in
            for (index, digit) in digits.enumerated() { buffer[index] = UInt8(48 + digit) }
            return digits.count
        }
    }
}
