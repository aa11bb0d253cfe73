/// The control digit shared by BIN and IIN (the 12th digit).
///
/// Weights 1…11 over the first eleven digits, mod 11; if that is 10, weights
/// 3…11,1,2, mod 11; if that is 10 again the number is never issued (`nil`).
public enum CheckDigit {
    static let firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    static let secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]

    /// The check digit for eleven digit values (0…9 each), or `nil` when no number with them is issued.
    public static func compute<C: Collection>(_ digits: C) -> Int? where C.Element == Int {
        precondition(digits.count >= 11, "a check digit needs eleven digits")
        let first = weightedSum(digits, firstWeights) % 11
        if first != 10 { return first }
        let second = weightedSum(digits, secondWeights) % 11
        return second == 10 ? nil : second
    }

    private static func weightedSum<C: Collection>(_ digits: C, _ weights: [Int]) -> Int where C.Element == Int {
        zip(digits.prefix(11), weights).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
