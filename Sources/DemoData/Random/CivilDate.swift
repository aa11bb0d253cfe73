/// A calendar date without time zones: registries print dates as `DD.MM.YYYY` and nothing
/// here needs more, so plain arithmetic keeps generation fast and free of locale effects.
struct CivilDate: Hashable, Comparable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01 (`civil_from_days`).
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    func adding(days: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + days)
    }

    /// `DD.MM.YYYY`, the way Kazakh registries print dates.
    var dotted: String {
        var digits: [Int] = []
        digits.reserveCapacity(8)
        Digits.append(day, width: 2, to: &digits)
        Digits.append(month, width: 2, to: &digits)
        Digits.append(year, width: 4, to: &digits)
        var bytes = digits.map { UInt8(ascii: "0") + UInt8($0) }
        bytes.insert(UInt8(ascii: "."), at: 4)
        bytes.insert(UInt8(ascii: "."), at: 2)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension SplitMix64 {
    /// A day in the range, each equally likely.
    mutating func date(in range: ClosedRange<CivilDate>) -> CivilDate {
        CivilDate(dayNumber: int(in: range.lowerBound.dayNumber...range.upperBound.dayNumber))
    }
}
