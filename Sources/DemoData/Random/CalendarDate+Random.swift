import TekserCore

extension CalendarDate {
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
}

extension SplitMix64 {
    /// A day in the range, each equally likely.
    mutating func date(in range: ClosedRange<CalendarDate>) -> CalendarDate {
        CalendarDate(dayNumber: int(in: range.lowerBound.dayNumber...range.upperBound.dayNumber))
    }
}
