/// Decimal digits for building identifiers and fixed-width numbers.
enum Digits {
    /// The `width` low decimal digits of `value`, most significant first.
    static func of(_ value: Int, width: Int) -> [Int] {
        var digits = [Int](repeating: 0, count: width)
        var rest = value
        for index in stride(from: width - 1, through: 0, by: -1) {
            digits[index] = rest % 10
            rest /= 10
        }
        return digits
    }

    static func padded(_ value: Int, width: Int) -> String {
        text(of(value, width: width))
    }

    static func text(_ digits: [Int]) -> String {
        String(decoding: digits.map { UInt8(48 + $0) }, as: UTF8.self)
    }
}
