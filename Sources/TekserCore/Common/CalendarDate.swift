/// A day of the proleptic Gregorian calendar, without Foundation's time zones.
public struct CalendarDate: Hashable, Sendable, Comparable, Codable, Localizable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, `DD.MM.YYYY` or `DD/MM/YYYY` (surrounding spaces allowed).
    public init?(parsing text: some StringProtocol) {
        self.init(ascii: Array(text.utf8))
    }

    /// The same, straight from a file's bytes: no `String` is made for a million rows.
    public init?<Bytes: RandomAccessCollection>(ascii text: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        var lower = text.startIndex, upper = text.endIndex
        while lower < upper, text[lower] == 0x20 { lower += 1 }
        while upper > lower, text[upper - 1] == 0x20 { upper -= 1 }
        guard upper - lower == 10 else { return nil }
        let b = text, s = lower
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in s + from ..< s + from + count {
                let d = Int(b[i]) &- 48
                guard d >= 0 && d <= 9 else { return nil }
                value = value * 10 + d
            }
            return value
        }
        let dash = UInt8(ascii: "-"), dot = UInt8(ascii: "."), slash = UInt8(ascii: "/")
        if b[s + 4] == dash, b[s + 7] == dash, let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) {
            self.init(year: y, month: m, day: d)
            guard exists else { return nil }
        } else if (b[s + 2] == dot && b[s + 5] == dot) || (b[s + 2] == slash && b[s + 5] == slash),
                  let d = number(0, 2), let m = number(3, 2), let y = number(6, 4) {
            self.init(year: y, month: m, day: d)
            guard exists else { return nil }
        } else {
            return nil
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// ISO 8601, `2026-11-01`.
    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether this day is on the calendar (no 31 April, no 29 February in 1900).
    public var exists: Bool {
        (1...12).contains(month) && (1...Self.days(inMonth: month, of: year)).contains(day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Written as each language writes dates (1985-03-12, 12.03.1985).
    public var message: Message {
        Message("identifier.date.day", ["year": .number(year), "month": .text(Self.twoDigits(month)), "day": .text(Self.twoDigits(day))])
    }

    static func monthMessage(year: Int, month: Int) -> Message {
        Message("identifier.date.month", ["year": .number(year), "month": .text(twoDigits(month))])
    }

    static func twoDigits(_ value: Int) -> String {
        value < 10 && value >= 0 ? "0\(value)" : String(value)
    }
}
