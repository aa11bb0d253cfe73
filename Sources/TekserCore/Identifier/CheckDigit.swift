/// The control digit shared by BIN and IIN (the 12th digit).
///
/// Weights 1…11 over the first eleven digits, mod 11; if that is 10, weights
/// 3…11,1,2, mod 11; if that is 10 again the number is never issued (`nil`).
public enum CheckDigit {
    /// The check digit for eleven digit values (0…9 each), or `nil` when no number with them is issued.
    @inlinable
    public static func compute<C: Collection>(_ digits: C) -> Int? where C.Element == Int {
        precondition(digits.count >= 11, "a check digit needs eleven digits")
        var first = 0, second = 0
        for (offset, digit) in digits.prefix(11).enumerated() {
            first += digit * firstWeight(offset + 1)
            second += digit * secondWeight(offset + 1)
        }
        return fromSums(first, second)
    }

    /// Weight of the digit at 1-based `position` in the first sum: 1, 2, …, 11.
    @inlinable static func firstWeight(_ position: Int) -> Int { position }

    /// Weight of the digit at 1-based `position` in the second sum: 3, 4, …, 11, 1, 2.
    @inlinable static func secondWeight(_ position: Int) -> Int { (position + 1) % 11 + 1 }

    /// The check digit from the two weighted sums, or `nil` when both are 10 mod 11.
    @inlinable static func fromSums(_ first: Int, _ second: Int) -> Int? {
        if first % 11 != 10 { return first % 11 }
        return second % 11 == 10 ? nil : second % 11
    }
}
