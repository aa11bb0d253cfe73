import Foundation

/// Whether a 12-digit number names a business (BIN) or a person (IIN); the 5th digit decides.
public enum IdentifierKind: String, Sendable, Codable, CaseIterable, Localizable {
    case bin, iin

    /// The kind a 12-digit number claims by its 5th digit (0–3 IIN, 4–6 BIN), or `nil` for 7–9.
    /// Cheap enough for every row of a large registry.
    @inlinable
    public init?(number: UInt64) {
        switch (number / 10_000_000) % 10 {
        case 0...3: self = .iin
        case 4...6: self = .bin
        default: return nil
        }
    }

    public var message: Message { Message("identifier.kind.\(rawValue)") }
}

/// A BIN or IIN that passed every check, with what its digits say.
///
/// `description` is the masked form, so an IIN never leaks whole into a log by interpolation.
public struct Identifier: Hashable, Sendable, CustomStringConvertible {
    /// The twelve digits as a number (leading zeros implied); the key registries are indexed by.
    public let number: UInt64
    public let details: IdentifierDetails

    public var kind: IdentifierKind { details.kind }

    /// Exactly twelve ASCII digits, with leading zeros.
    public var digits: String {
        let text = String(number)
        return String(repeating: "0", count: 12 - text.count) + text
    }

    /// The form every output shows (see `PersonalData`): a BIN whole, an IIN as `•••• •••• 0017`.
    public var masked: String {
        kind == .iin ? PersonalData.maskedNumber(digits) : digits
    }

    public var description: String { masked }

    /// Checks the check digit and the structure of a number; BIN years read against `referenceYear`.
    public init(number: UInt64, referenceYear: Int = Identifier.currentYear) throws(IdentifierProblem) {
        guard number < 1_000_000_000_000 else { throw .wrongLength(digits: String(number).count) }
        var values = [Int](repeating: 0, count: 12)
        var rest = number
        for index in values.indices.reversed() {
            values[index] = Int(rest % 10)
            rest /= 10
        }
        try self.init(values: values, referenceYear: referenceYear)
    }

    /// From twelve digit values; the check digit comes before structure (see `IdentifierParser`).
    init(values: [Int], referenceYear: Int) throws(IdentifierProblem) {
        precondition(values.count == 12, "an identifier has twelve digits")
        guard let expected = CheckDigit.compute(values) else { throw .neverIssued }
        guard expected == values[11] else { throw .checkDigitMismatch(expected: expected, found: values[11]) }
        details = try IdentifierDetails(values: values, referenceYear: referenceYear)
        number = values.reduce(0) { $0 * 10 + UInt64($1) }
    }

    /// The current year in Kazakhstan when the process started: the default limit for reading a
    /// BIN's `YY` as `20YY`. Asked once, since asking the calendar costs microseconds.
    public static let currentYear: Int = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Almaty") ?? TimeZone(secondsFromGMT: 5 * 3600)!
        return calendar.component(.year, from: Date())
    }()

    /// The number in exactly twelve ASCII digit bytes with a valid check digit, else `nil`.
    /// The loading fast path: no allocation, no structure decoding (use `IdentifierKind(number:)`).
    @inlinable
    public static func number<Bytes: Collection>(fromASCII bytes: Bytes) -> UInt64? where Bytes.Element == UInt8 {
        guard bytes.count == 12 else { return nil }
        var value: UInt64 = 0
        var first = 0, second = 0, position = 0, last = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte &- UInt8(ascii: "0"))
            position += 1
            if position < 12 {
                first += digit * CheckDigit.firstWeight(position)
                second += digit * CheckDigit.secondWeight(position)
            } else {
                last = digit
            }
            value = value &* 10 &+ UInt64(digit)
        }
        return CheckDigit.fromSums(first, second) == last ? value : nil
    }
}
