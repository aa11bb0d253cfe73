/// Rejected rows are kept in a compiled file so that `tekser data check` and every load report
/// answer from it; an identifier problem is stored as its code and arguments.
extension IdentifierProblem: Codable {
    private enum CodingKeys: String, CodingKey { case code, number, other, text, day }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func number(_ key: CodingKeys = .number) throws -> Int { try container.decode(Int.self, forKey: key) }
        switch try container.decode(String.self, forKey: .code) {
        case "empty": self = .empty
        case "unexpected_character":
            guard let character = try container.decode(String.self, forKey: .text).first else {
                throw DecodingError.dataCorruptedError(forKey: .text, in: container, debugDescription: "no character")
            }
            self = .unexpectedCharacter(character, position: try number())
        case "wrong_length": self = .wrongLength(digits: try number())
        case "check_digit_mismatch": self = .checkDigitMismatch(expected: try number(), found: try number(.other))
        case "never_issued": self = .neverIssued
        case "unknown_kind": self = .unknownKind(try number())
        case "impossible_month": self = .impossibleMonth(try number())
        case "unknown_unit": self = .unknownUnit(try number())
        case "unknown_century": self = .unknownCentury(try number())
        case "impossible_date": self = .impossibleDate(CalendarDate(year: try number(), month: try number(.other), day: try number(.day)))
        case let code: throw DecodingError.dataCorruptedError(forKey: .code, in: container, debugDescription: "unknown code \(code)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        switch self {
        case .empty, .neverIssued: break
        case .unexpectedCharacter(let character, let position):
            try container.encode(String(character), forKey: .text)
            try container.encode(position, forKey: .number)
        case .checkDigitMismatch(let expected, let found):
            try container.encode(expected, forKey: .number)
            try container.encode(found, forKey: .other)
        case .wrongLength(let number), .unknownKind(let number), .impossibleMonth(let number),
             .unknownUnit(let number), .unknownCentury(let number):
            try container.encode(number, forKey: .number)
        case .impossibleDate(let date):
            // Not as text: an impossible date does not parse back.
            try container.encode(date.year, forKey: .number)
            try container.encode(date.month, forKey: .other)
            try container.encode(date.day, forKey: .day)
        }
    }
}
